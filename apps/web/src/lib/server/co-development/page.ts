import type { Ctx } from '../context.ts';
import type { Proposal } from '../proposals/schema.ts';
import { loadDiscussed } from './discussed.ts';
import { threadOf } from './thread.ts';

/**
 * What a proposal's page shows of its co-development, for this reader: the page of comments
 * (null where they may not see it: a draft, a blind call's evaluator).
 */
export async function coDevelopmentOf(ctx: Ctx, proposal: Pick<Proposal, 'id'>, page: number) {
  const discussed = await loadDiscussed(ctx, proposal.id);
  return { thread: await threadOf(ctx, discussed, page) };
}
