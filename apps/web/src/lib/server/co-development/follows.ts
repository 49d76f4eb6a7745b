import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { loadDiscussed } from './discussed.ts';
import { proposalFollowers } from './schema.ts';

/**
 * Follows a proposal, or stops following it: its followers hear of its steps and of new
 * comments. Doing it twice is done already (no second row, no second audit entry).
 */
export async function setFollowing(ctx: Ctx, proposalId: string, follow: boolean) {
  return inTransaction(ctx, async (tx) => {
    const r = await loadDiscussed(tx, proposalId, 'share');
    authorize(tx.actor, 'proposal.follow', r);
    const userId = tx.actor!.userId;
    const changed = follow
      ? await tx.db
          .insert(proposalFollowers)
          .values({ organisationId: tx.org.id, proposalId: r.proposal.id, userId })
          .onConflictDoNothing({ target: [proposalFollowers.proposalId, proposalFollowers.userId] })
          .returning()
      : await tx.db
          .delete(proposalFollowers)
          .where(
            and(
              eq(proposalFollowers.proposalId, r.proposal.id),
              eq(proposalFollowers.userId, userId),
            ),
          )
          .returning();
    if (changed.length) {
      await recordAudit(tx.db, tx, {
        action: follow ? 'proposal.follow' : 'proposal.unfollow',
        resourceType: 'proposal',
        resourceId: r.proposal.id,
        after: { userId },
      });
    }
    return follow;
  });
}

export async function isFollowing(ctx: Ctx, proposalId: string): Promise<boolean> {
  if (!ctx.actor) return false;
  const [row] = await ctx.db
    .select({ userId: proposalFollowers.userId })
    .from(proposalFollowers)
    .where(
      and(
        eq(proposalFollowers.proposalId, proposalId),
        eq(proposalFollowers.userId, ctx.actor.userId),
      ),
    );
  return !!row;
}
