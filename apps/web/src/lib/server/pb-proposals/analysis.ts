import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Invalid } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { authorize } from '../permissions/can.ts';
import { parseInput } from '../validation/parse.ts';
import { checklistFields, checklistResult } from '../validation/checklist.ts';
import { amount } from '../pb/form.ts';
import { proposalRulesOf } from './rules.ts';
import { loadProposal } from './load.ts';
import { ensureWindow } from './windows.ts';
import { pbProposals } from './schema.ts';

/**
 * Records the technical and legal analysis of a submitted proposal: every criterion of the
 * process's checklist passed or failed with a note (the innovation call's checklist form), and
 * the city's own cost estimate — the one voters will see, within the cap per project. Deciding
 * (eligible, ineligible, merged) is the lifecycle's next step.
 */
export async function saveAnalysis(ctx: Ctx, proposalId: string, input: unknown) {
  return inTransaction(ctx, async (tx) => {
    const r = await loadProposal(tx, proposalId, true);
    authorize(tx.actor, 'pb.proposal.analyse', r);
    if (r.proposal.state !== 'submitted') throw new Conflict('errors.state_changed');
    ensureWindow(r.process, r.phases, 'analysis', tx.now(), 'pb_proposals.analysis_closed');
    const { checklist } = await proposalRulesOf(tx.db, r.process.id);
    const schema = z.object({
      version: z.coerce.number().int().min(1).optional().catch(undefined),
      cityCost: amount(),
      ...checklistFields(checklist),
    });
    const data = parseInput(schema, input) as Record<string, unknown> & {
      cityCost: number;
      version?: number;
    };
    if (data.version !== undefined && data.version !== r.proposal.version)
      throw new Conflict('errors.state_changed');
    if (data.cityCost <= 0) throw new Invalid({ cityCost: 'pb.form.amount' });
    if (data.cityCost > r.process.projectCap)
      throw new Invalid({ cityCost: 'pb_proposals.over_cap' });
    const analysis = checklistResult(checklist, data);
    const [after] = await tx.db
      .update(pbProposals)
      .set({
        analysis,
        cityCost: data.cityCost,
        version: r.proposal.version + 1,
        updatedAt: tx.now(),
      })
      .where(eq(pbProposals.id, proposalId))
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'pb.proposal.analyse',
      resourceType: 'pb_proposal',
      resourceId: proposalId,
      before: { analysis: r.proposal.analysis, cityCost: r.proposal.cityCost },
      after: { analysis, cityCost: data.cityCost },
    });
    return after!;
  });
}
