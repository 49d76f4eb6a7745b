import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { authorize } from '../permissions/can.ts';
import { notify } from '../notifications/notify.ts';
import { parseInput } from '../validation/parse.ts';
import { choice, text } from '../validation/fields.ts';
import { appealSchema } from './form.ts';
import { loadProposal } from './load.ts';
import { ensureWindow } from './windows.ts';
import { authorsOf, proposalHref } from './announce.ts';
import { recordAppealDecision } from './appeal-decision.ts';
import { transitionPbProposal } from './commands.ts';
import { pbAppeals } from './schema.ts';

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
 * Decides an appeal while the process is in its appeals phase (before the ballot locks), with a
 * public reason; the authors are told. Upheld, the proposal becomes eligible and goes on the
 * ballot (the city's cost estimate must exist): a step of its lifecycle (lifecycle.ts), checked,
 * audited and announced as every step is. Rejected, it stays ineligible.
 */
export async function decideAppeal(ctx: Ctx, proposalId: string, input: unknown) {
  const fields = parseInput(decisionSchema, input);
  if (fields.outcome === 'upheld') {
    const after = await transitionPbProposal(ctx, proposalId, 'appeal_upheld', fields);
    return after.appeal!;
  }
  return inTransaction(ctx, async (tx) => {
    const r = await loadProposal(tx, proposalId, true);
    authorize(tx.actor, 'pb.proposal.analyse', r);
    if (!r.appeal || r.appeal.state !== 'pending') throw new Conflict('errors.state_changed');
    if (r.process.state !== 'appeals') throw new Conflict('pb_proposals.appeal.closed');
    const decided = await recordAppealDecision(tx, r.appeal, 'rejected', fields.decisionReason);
    await notify(tx, {
      kind: 'pb_proposals.appeal_decided',
      recipients: await authorsOf(tx, r.proposal),
      resource: { type: 'pb_proposal', id: proposalId, href: proposalHref(r.proposal) },
      params: { title: r.proposal.title, note: fields.decisionReason },
    });
    await recordAudit(tx.db, tx, {
      action: 'pb.proposal.appeal_rejected',
      resourceType: 'pb_proposal',
      resourceId: proposalId,
      before: { state: r.proposal.state, appeal: r.appeal.state },
      after: { state: r.proposal.state, appeal: decided.state },
    });
    return decided;
  });
}
