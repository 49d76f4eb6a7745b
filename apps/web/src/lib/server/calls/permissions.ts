import { hasRole, isMember, type Actor } from '../context.ts';
import type { Rule } from '../permissions/rule.ts';
import type { InnovationCall } from './schema.ts';

/** Staff of the organisation: those who may see internal calls. */
export const isStaff = (actor: Actor | null) =>
  hasRole(actor, 'employee', 'evaluator', 'moderator', 'admin');

const manages = (actor: Actor | null) => hasRole(actor, 'admin', 'moderator');

/**
 * Whether the call's audience includes this person. An internal call: one of its roles, in one
 * of its departments when it names some, and not of a grade it leaves out. A public call: any
 * member of the organisation.
 */
export function inAudience(actor: Actor, call: InnovationCall): boolean {
  if (call.audience === 'public') return isMember(actor);
  if (!actor.roles.some((r) => call.eligibleRoles.includes(r))) return false;
  const departments = call.eligibleDepartmentIds;
  if (departments.length && !(actor.departmentId && departments.includes(actor.departmentId))) {
    return false;
  }
  return !(actor.staffGrade && call.excludedGrades.includes(actor.staffGrade));
}

export const callRules = {
  'call.create': ((actor) => hasRole(actor, 'admin')) as Rule,
  'call.manage': ((actor) => manages(actor)) as Rule<InnovationCall>,
  /** Configuring a call (its texts, dates, audience, rubric…): administrators. */
  'call.configure': ((actor) => hasRole(actor, 'admin')) as Rule<InnovationCall>,
  /** Drafts only to those who run calls; an internal call only to staff. */
  'call.read': ((actor, call) => {
    if (call.state === 'draft') return manages(actor);
    return call.audience === 'public' || isStaff(actor);
  }) as Rule<InnovationCall>,
  /** Those in the call's audience, with a verified address, while it is open. */
  'call.propose': ((actor, call) => {
    if (!actor?.emailVerified || call.state !== 'open') return false;
    return inAudience(actor, call);
  }) as Rule<InnovationCall>,
};
