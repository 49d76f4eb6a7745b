import { and, asc, count, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { innovationCalls } from '../calls/schema.ts';
import { isAcceptingProposals } from '../calls/service.ts';
import { proposals } from '../proposals/schema.ts';
import { transitionProposal } from '../proposals/commands.ts';
import { managedCall } from './access.ts';

const eligibleOf = (callId: string, organisationId: string) =>
  and(
    eq(proposals.organisationId, organisationId),
    eq(proposals.callId, callId),
    eq(proposals.state, 'eligible'),
  );

/** How many of the call's proposals passed the formal check and wait for the jury. */
export async function eligibleWaiting(ctx: Ctx, callId: string) {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(proposals)
    .where(eligibleOf(callId, ctx.org.id));
  return row?.n ?? 0;
}

/**
 * Starts the evaluation of every eligible proposal of the call at once: what an administrator
 * does when the formal check is over, instead of one proposal page after another. Each goes
 * through the proposal's own lifecycle (`proposal.decide`, its audit entry, its authors told),
 * all in one transaction. Only once the call takes no more proposals: one submitted later would
 * be left out of an evaluation already under way.
 */
export async function startEvaluation(ctx: Ctx, callId: string) {
  const call = await managedCall(ctx, callId);
  return inTransaction(ctx, async (tx) => {
    // One start per call at a time; a proposal that turns eligible meanwhile waits for the next.
    const [locked] = await tx.db
      .select()
      .from(innovationCalls)
      .where(eq(innovationCalls.id, call.id))
      .for('update');
    if (isAcceptingProposals(locked!, tx.now())) throw new Conflict('evaluation.start.call_open');
    const eligible = await tx.db
      .select({ id: proposals.id })
      .from(proposals)
      .where(eligibleOf(call.id, ctx.org.id))
      .orderBy(asc(proposals.id));
    if (!eligible.length) throw new Conflict('evaluation.start.none_eligible');
    for (const p of eligible) await transitionProposal(tx, p.id, 'start_evaluation');
    await recordAudit(tx.db, tx, {
      action: 'evaluation.start',
      resourceType: 'innovation_call',
      resourceId: call.id,
      after: { proposals: eligible.map((p) => p.id) },
    });
    return { started: eligible.length };
  });
}
