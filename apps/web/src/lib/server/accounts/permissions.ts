import type { Rule } from '../permissions/rule.ts';

export const accountRules = {
  /** One's own profile, password and verification: any signed-in person. */
  'account.manage_own': ((actor) => actor !== null) as Rule,
};
