import { and, count, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import type { TxCtx } from '../module.ts';
import { loadDiscussed } from './discussed.ts';
import { ensureLive } from './comments.ts';
import { proposalSupports } from './schema.ts';

export async function supportCount(ctx: Ctx, proposalId: string): Promise<number> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(proposalSupports)
    .where(
      and(
        eq(proposalSupports.proposalId, proposalId),
        eq(proposalSupports.organisationId, ctx.org.id),
      ),
    );
  return row?.n ?? 0;
}

const record = (tx: TxCtx, action: string, proposalId: string) =>
  recordAudit(tx.db, tx, {
    action,
    resourceType: 'proposal',
    resourceId: proposalId,
    after: { userId: tx.actor!.userId },
  });

/**
 * Supports a proposal: once per person (the primary key), never one's own (the rule, and the
 * trigger proposal_supports_not_by_author). A second click, or another tab, finds it done.
 */
export async function supportProposal(ctx: Ctx, proposalId: string) {
  return inTransaction(ctx, async (tx) => {
    const r = await loadDiscussed(tx, proposalId, 'share');
    ensureLive(tx, r);
    authorize(tx.actor, 'proposal.support', r);
    const [added] = await tx.db
      .insert(proposalSupports)
      .values({ organisationId: tx.org.id, proposalId: r.proposal.id, userId: tx.actor!.userId })
      .onConflictDoNothing({ target: [proposalSupports.proposalId, proposalSupports.userId] })
      .returning();
    if (added) await record(tx, 'proposal.support', r.proposal.id);
    return supportCount(tx, r.proposal.id);
  });
}

/** Withdraws one's support (done already when there is none). */
export async function withdrawSupport(ctx: Ctx, proposalId: string) {
  return inTransaction(ctx, async (tx) => {
    const r = await loadDiscussed(tx, proposalId, 'share');
    ensureLive(tx, r);
    authorize(tx.actor, 'proposal.support', r);
    const removed = await tx.db
      .delete(proposalSupports)
      .where(
        and(
          eq(proposalSupports.proposalId, r.proposal.id),
          eq(proposalSupports.userId, tx.actor!.userId),
        ),
      )
      .returning();
    if (removed.length) await record(tx, 'proposal.withdraw_support', r.proposal.id);
    return supportCount(tx, r.proposal.id);
  });
}
