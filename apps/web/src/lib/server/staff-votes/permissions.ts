import { hasRole } from '../context.ts';
import type { Rule } from '../permissions/rule.ts';
import type { InnovationCall } from '../calls/schema.ts';

/**
 * Who does what with a call's staff vote (decision 058). Voting itself is the booth's rule
 * (`pb.vote`: the organisation's employees, for an internal process); these are the call's side.
 * Roles are the actor's in the current organisation: another organisation's administrator has
 * none here, and the call is looked up within the current organisation only.
 */
export const staffVoteRules = {
  /** Turning a staff vote on, and publishing its result on the call's results page. */
  'staff_vote.manage': ((actor) => hasRole(actor, 'admin')) as Rule<InnovationCall>,
  /** Its page with the counted result: those who run the call and its jury. */
  'staff_vote.read': ((actor) =>
    hasRole(actor, 'admin', 'moderator', 'evaluator')) as Rule<InnovationCall>,
};
