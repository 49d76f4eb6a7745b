import { eq } from 'drizzle-orm';
import type { TxCtx } from '../module.ts';
import { pbAppeals, type PbAppeal } from './schema.ts';

/** Records an appeal's outcome, its public reason, and who decided it. */
export async function recordAppealDecision(
  ctx: TxCtx,
  appeal: PbAppeal,
  outcome: 'upheld' | 'rejected',
  reason: string,
): Promise<PbAppeal> {
  const [decided] = await ctx.db
    .update(pbAppeals)
    .set({
      state: outcome,
      decisionReason: reason,
      decidedBy: ctx.actor!.userId,
      decidedAt: ctx.now(),
    })
    .where(eq(pbAppeals.id, appeal.id))
    .returning();
  return decided!;
}
