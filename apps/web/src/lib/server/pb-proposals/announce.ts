import { and, eq } from 'drizzle-orm';
import type { TxCtx } from '../module.ts';
import { notify } from '../notifications/notify.ts';
import { membersOf, type InProposal } from './load.ts';
import { pbProposals, type PbProposal } from './schema.ts';

export const proposalHref = (p: PbProposal) => `/pb/${p.processId}/proposals/${p.id}`;

/** The people a proposal speaks for: its author and the co-authors who accepted. */
export async function authorsOf(ctx: TxCtx, p: PbProposal): Promise<string[]> {
  const members = await membersOf(ctx.db, p.id);
  return [p.authorId, ...members.filter((m) => m.state === 'accepted').map((m) => m.userId)];
}

/**
 * Tells the authors what the analysis decided, inside the step's transaction. Merging and
 * ineligibility reuse the innovation call's kinds (proposal.merge, proposal.mark_ineligible):
 * one preference per thing that happens to a person's proposal, wherever it was written.
 */
export async function announceStep(
  ctx: TxCtx,
  _before: InProposal,
  after: InProposal,
  step: string,
) {
  const p = after.proposal;
  const send = async (kind: string, to: PbProposal, note = '') =>
    notify(ctx, {
      kind,
      recipients: await authorsOf(ctx, to),
      resource: { type: 'pb_proposal', id: to.id, href: proposalHref(to) },
      params: { title: to.title, note },
    });
  if (step === 'mark_eligible') await send('pb_proposals.eligible', p);
  if (step === 'appeal_upheld')
    await send('pb_proposals.appeal_decided', p, after.appeal?.decisionReason ?? '');
  if (step === 'mark_ineligible')
    await send('proposal.mark_ineligible', p, p.ineligibleReason ?? '');
  if (step === 'merge') {
    await send('proposal.merge', p);
    const [target] = await ctx.db
      .select()
      .from(pbProposals)
      .where(and(eq(pbProposals.id, p.mergedIntoId!), eq(pbProposals.processId, p.processId)));
    if (target) await send('pb_proposals.merged_in', target, p.title);
  }
}
