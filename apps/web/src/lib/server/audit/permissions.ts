import { hasRole } from '../context.ts';
import type { Rule } from '../permissions/rule.ts';

export const auditRules = {
  /** "Who changed this?": the organisation's audit entries. */
  'audit.read': ((actor) => hasRole(actor, 'admin')) as Rule,
};
