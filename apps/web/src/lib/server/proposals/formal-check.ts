import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { checklistFields, checklistResult } from '../validation/checklist.ts';
import type { ChecklistItem } from '../calls/schema.ts';

import { proposals, type FormalCheck } from './schema.ts';
import { ensureUnchanged, proposalMachine } from './lifecycle.ts';
import { AWAITING_REVIEW } from './states.ts';

/** One pass/fail choice and one optional note per point of the call's checklist. */
function checkSchema(checklist: readonly ChecklistItem[]) {
  return z.object({
    version: z.coerce.number().int().min(1).optional().catch(undefined),
    ...checklistFields(checklist),
  });
}

/**
 * Records a moderator's formal check of a proposal waiting for it: every point of the call's
 * checklist passed or failed, with a note. The eligibility itself is the lifecycle's next step
 * (mark_eligible refuses a proposal with a failed point).
 */
export async function saveFormalCheck(ctx: Ctx, id: string, input: unknown) {
  return inTransaction(ctx, async (tx) => {
    const row = await proposalMachine.lock(tx, id);
    authorize(tx.actor, 'proposal.review', row);
    if (!AWAITING_REVIEW.includes(row.proposal.state)) throw new Conflict('errors.state_changed');
    const data = parseInput(checkSchema(row.call.checklist), input) as Record<string, unknown>;
    ensureUnchanged(row.proposal, data.version as number | undefined);
    const formalCheck: FormalCheck = checklistResult(row.call.checklist, data);
    const [after] = await tx.db
      .update(proposals)
      .set({ formalCheck, version: row.proposal.version + 1, updatedAt: tx.now() })
      .where(eq(proposals.id, row.proposal.id))
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'proposal.formal_check',
      resourceType: 'proposal',
      resourceId: row.proposal.id,
      before: { formalCheck: row.proposal.formalCheck },
      after: { formalCheck },
    });
    return after!;
  });
}
