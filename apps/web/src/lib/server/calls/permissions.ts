import { hasRole, type Actor } from '../context.ts';
import type { Rule } from '../permissions/rule.ts';
import type { InnovationCall } from './schema.ts';

/** Staff of the organisation: those who may see internal calls. */
export const isStaff = (actor: Actor | null) =>
  hasRole(actor, 'employee', 'evaluator', 'moderator', 'admin');

const manages = (actor: Actor | null) => hasRole(actor, 'admin', 'moderator');

export const callRules = {
  'call.create': ((actor) => hasRole(actor, 'admin')) as Rule,
  'call.manage': ((actor) => manages(actor)) as Rule<InnovationCall>,
  /** Drafts only to those who run calls; an internal call only to staff. */
  'call.read': ((actor, call) => {
    if (call.state === 'draft') return manages(actor);
    return call.audience === 'public' || isStaff(actor);
  }) as Rule<InnovationCall>,
  /** Internal calls take proposals from employees; public ones from any verified member. */
  'call.propose': ((actor, call) => {
    if (!actor?.emailVerified || call.state !== 'open') return false;
    return call.audience === 'internal' ? hasRole(actor, 'employee') : actor.roles.length > 0;
  }) as Rule<InnovationCall>,
};
