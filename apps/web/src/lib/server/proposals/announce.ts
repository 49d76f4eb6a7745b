import type { TxCtx } from '../module.ts';
import type { InCall } from './lifecycle.ts';

/** Steps the authors hear about: what someone else did to their proposal. */
const TOLD_TO_AUTHORS = new Set([
  'request_clarification',
  'mark_eligible',
  'mark_ineligible',
  'merge',
  'start_evaluation',
  'shortlist',
  'select',
  'not_select',
]);

/** Who is told about a step, and of what kind it is (the notification's kind). */
export function announcementFor(before: InCall, after: InCall, step: string) {
  if (!TOLD_TO_AUTHORS.has(step)) return null;
  return {
    kind: `proposal.${step}`,
    proposalId: after.proposal.id,
    recipients: [before.proposal.authorId],
  };
}

/**
 * The one place where a proposal's step reaches its authors (and later its followers), inside
 * the step's transaction. The `notify` module's `notify()` is wired here once it is on main;
 * until then the announcement is computed (and tested) but not delivered.
 */
export async function announceProposalStep(
  _ctx: TxCtx,
  before: InCall,
  after: InCall,
  step: string,
) {
  const announcement = announcementFor(before, after, step);
  // WIRE: if (announcement) await notify(_ctx, announcement) — issue 8 item 9.
  return announcement;
}
