import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Invalid } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { authorize } from '../permissions/can.ts';
import { notify } from '../notifications/notify.ts';
import { parseInput } from '../validation/parse.ts';
import { choice, text } from '../validation/fields.ts';
import { appealSchema } from './form.ts';
import { loadProposal } from './load.ts';
import { ensureWindow } from './windows.ts';
import { authorsOf, proposalHref } from './announce.ts';
import { putOnBallot } from './ballot.ts';
import { pbAppeals, pbProposals } from './schema.ts';

/**
 * Within the appeals window, an author of an ineligible proposal appeals once, with a text.
 * A second appeal is refused by the database too (pb_appeals_proposal_unique).
 */
export async function appeal(ctx: Ctx, proposalId: string, input: unknown) {
  const fields = parseInput(appealSchema, input);
  return inTransaction(ctx, async (tx) => {
    const r = await loadProposal(tx, proposalId, true);
    authorize(tx.actor, 'pb.proposal.appeal', r);
    if (r.proposal.state !== 'ineligible') throw new Conflict('pb_proposals.appeal.not_ineligible');
    ensureWindow(r.process, r.phases, 'appeals', tx.now(), 'pb_proposals.appeal.closed');
    if (r.appeal) throw new Conflict('pb_proposals.appeal.already');
    const [row] = await tx.db
      .insert(pbAppeals)
      .values({
        organisationId: ctx.org.id,
        processId: r.process.id,
        proposalId,
        appellantId: tx.actor!.userId,
        text: fields.text,
        createdAt: tx.now(),
      })
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'pb.proposal.appeal',
      resourceType: 'pb_proposal',
      resourceId: proposalId,
      after: { appeal: row!.id, text: row!.text },
    });
    return row!;
  });
}

const decisionSchema = z.object({
  outcome: choice(['upheld', 'rejected']),
  decisionReason: text({ max: 5000, multiline: true }),
});

/**
 * Decides an appeal while the process is in its appeals phase (before the ballot locks):
 * upheld, the proposal becomes eligible and goes on the ballot (the city's cost estimate must
 * exist); rejected, it stays ineligible. The reasons are public and the authors are told.
 */
export async function decideAppeal(ctx: Ctx, proposalId: string, input: unknown) {
  const fields = parseInput(decisionSchema, input);
  return inTransaction(ctx, async (tx) => {
    const r = await loadProposal(tx, proposalId, true);
    authorize(tx.actor, 'pb.proposal.analyse', r);
    if (!r.appeal || r.appeal.state !== 'pending') throw new Conflict('errors.state_changed');
    if (r.process.state !== 'appeals') throw new Conflict('pb_proposals.appeal.closed');
    const upheld = fields.outcome === 'upheld';
    if (upheld && !r.proposal.cityCost)
      throw new Invalid({ outcome: 'pb_proposals.city_cost_missing' });
    const [decided] = await tx.db
      .update(pbAppeals)
      .set({
        state: fields.outcome,
        decisionReason: fields.decisionReason,
        decidedBy: tx.actor!.userId,
        decidedAt: tx.now(),
      })
      .where(eq(pbAppeals.id, r.appeal.id))
      .returning();
    if (upheld)
      await tx.db
        .update(pbProposals)
        .set({
          state: 'eligible',
          projectId: await putOnBallot(tx.db, r.proposal),
          decidedAt: tx.now(),
          version: r.proposal.version + 1,
          updatedAt: tx.now(),
        })
        .where(eq(pbProposals.id, proposalId));
    await notify(tx, {
      kind: 'pb_proposals.appeal_decided',
      recipients: await authorsOf(tx, r.proposal),
      resource: { type: 'pb_proposal', id: proposalId, href: proposalHref(r.proposal) },
      params: { title: r.proposal.title, note: fields.decisionReason },
    });
    await recordAudit(tx.db, tx, {
      action: `pb.proposal.appeal_${fields.outcome}`,
      resourceType: 'pb_proposal',
      resourceId: proposalId,
      before: { state: r.proposal.state, appeal: r.appeal.state },
      after: { state: upheld ? 'eligible' : 'ineligible', appeal: decided!.state },
    });
    return decided!;
  });
}
