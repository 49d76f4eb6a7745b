import { hasRole } from '../context.ts';
import type { Rule } from '../permissions/rule.ts';

export const mailRules = {
  /** The e-mails kept when no SMTP server is configured. */
  'mail.read_outbox': ((actor) => hasRole(actor, 'admin')) as Rule,
};
