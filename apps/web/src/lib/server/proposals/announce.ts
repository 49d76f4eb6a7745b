import { eq } from 'drizzle-orm';
import type { TxCtx } from '../module.ts';
import type { InCall } from './lifecycle.ts';
import { notify } from '../notifications/notify.ts';
import { authorsOf } from '../co-development/discussed.ts';
import { followersOf, others } from '../co-development/audience.ts';
import { VISIBLE_STATES } from './states.ts';
import { proposals } from './schema.ts';

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
    // Every author: the lead and the co-authors (co-authors/).
    recipients: [before.proposal.authorId, ...before.proposal.coAuthorIds],
  };
}

/** The reason or justification a step carries, for the authors to read in the notification. */
function noteOf(p: InCall['proposal'], step: string): string {
  const notes: Record<string, string | null> = {
    request_clarification: p.clarificationRequest,
    mark_eligible: p.reviewNote,
    mark_ineligible: p.ineligibleReason,
    merge: p.reviewNote,
    select: p.decisionJustification,
    not_select: p.decisionJustification,
  };
  return notes[step] ?? '';
}

/** The title of the proposal a merged one joined (its authors read into which). */
async function titleOf(ctx: TxCtx, id: string | null) {
  if (!id) return '';
  const [row] = await ctx.db
    .select({ title: proposals.title })
    .from(proposals)
    .where(eq(proposals.id, id));
  return row?.title ?? '';
}

/**
 * The one place where a proposal's step reaches its authors (and later its followers), inside
 * the step's transaction: a notification per author, and e-mail per their preferences.
 */
export async function announceProposalStep(
  ctx: TxCtx,
  before: InCall,
  after: InCall,
  step: string,
) {
  const announcement = announcementFor(before, after, step);
  if (announcement) {
    await notify(ctx, {
      kind: announcement.kind,
      recipients: announcement.recipients,
      resource: {
        type: 'proposal',
        id: announcement.proposalId,
        href: `/proposals/${announcement.proposalId}`,
      },
      params: {
        title: after.proposal.title,
        note: noteOf(after.proposal, step),
        ...(step === 'merge' ? { into: await titleOf(ctx, after.proposal.mergedIntoId) } : {}),
      },
    });
  }
  await tellFollowers(ctx, after);
  return announcement;
}

/**
 * Followers hear that a proposal they follow took a step — where it stays visible to them
 * (not withdrawn or ineligible: its reason is for the authors) — once, and not if they wrote
 * it or took the step. The notice names no reason: the page shows what they may read. A merged
 * proposal's followers now follow the one it was merged into: they are told which, and led there.
 */
async function tellFollowers(ctx: TxCtx, after: InCall) {
  const { proposal } = after;
  if (!VISIBLE_STATES.includes(proposal.state)) return;
  const authors = authorsOf(proposal);
  const followers = others(ctx, await followersOf(ctx, proposal.id));
  const target = proposal.state === 'merged' ? proposal.mergedIntoId : null;
  const shown = target ?? proposal.id;
  await notify(ctx, {
    kind: target ? 'co-development.followed_merged' : 'co-development.followed_step',
    recipients: followers.filter((id) => !authors.includes(id)),
    resource: { type: 'proposal', id: shown, href: `/proposals/${shown}` },
    params: {
      title: proposal.title,
      ...(target ? { into: await titleOf(ctx, target) } : {}),
    },
  });
}
