import { hasRole } from '../context.ts';
import type { Rule } from '../permissions/rule.ts';

export const organisationRules = {
  /** Name, time zone, default language, staff e-mail domains, host names, logo and accent colour. */
  'organisation.manage_settings': ((actor) => hasRole(actor, 'admin')) as Rule,
  /** The logo in the header: part of every public page. */
  'organisation.logo.read': (() => true) as Rule,
  /** The department tree: create, rename, move, delete. */
  'organisation.manage_departments': ((actor) => hasRole(actor, 'admin')) as Rule,
};
