import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { can } from '../permissions/can.ts';
import type { Proposal } from '../proposals/schema.ts';
import { loadDiscussed } from './discussed.ts';
import { threadOf } from './thread.ts';
import { supportCount } from './supports.ts';
import { isFollowing } from './follows.ts';
import { proposalSupports } from './schema.ts';

async function supportedByMe(ctx: Ctx, proposalId: string) {
  if (!ctx.actor) return false;
  const [row] = await ctx.db
    .select({ userId: proposalSupports.userId })
    .from(proposalSupports)
    .where(
      and(
        eq(proposalSupports.proposalId, proposalId),
        eq(proposalSupports.userId, ctx.actor.userId),
      ),
    );
  return !!row;
}

/**
 * What a proposal's page shows of its co-development, for this reader: supports (count, mine,
 * whether I may), following, and the page of comments (null where they may not see it: a
 * draft, a blind call's evaluator — who then sees no supports or following either).
 */
export async function coDevelopmentOf(ctx: Ctx, proposal: Pick<Proposal, 'id'>, page: number) {
  const discussed = await loadDiscussed(ctx, proposal.id);
  const thread = await threadOf(ctx, discussed, page);
  if (!thread) return { thread: null, supports: null, following: null };
  return {
    thread,
    supports: {
      count: await supportCount(ctx, proposal.id),
      mine: await supportedByMe(ctx, proposal.id),
      may: can(ctx.actor, 'proposal.support', discussed),
    },
    following: {
      now: await isFollowing(ctx, proposal.id),
      may: can(ctx.actor, 'proposal.follow', discussed),
    },
  };
}
