import { hasRole } from '../context.ts';
import type { Rule } from '../permissions/rule.ts';

export const accountRules = {
  /** One's own profile, password and verification: any signed-in person. */
  'account.manage_own': ((actor) => actor !== null) as Rule,
  /** The members list and a member's page. */
  'organisation.read_members': ((actor) => hasRole(actor, 'admin', 'moderator')) as Rule,
  /** Roles and department of members. */
  'organisation.manage_members': ((actor) => hasRole(actor, 'admin')) as Rule,
};
