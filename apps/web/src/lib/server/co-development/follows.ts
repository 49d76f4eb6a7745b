import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { authorize } from '../permissions/can.ts';
import { changeFollowing, isFollower, type Followers } from '../notifications/following.ts';
import { loadDiscussed } from './discussed.ts';
import { proposalFollowers } from './schema.ts';

const followers: Followers<typeof proposalFollowers> = {
  table: proposalFollowers,
  subject: proposalFollowers.proposalId,
  user: proposalFollowers.userId,
  row: (organisationId, proposalId, userId) => ({ organisationId, proposalId, userId }),
  resourceType: 'proposal',
};

/**
 * Follows a proposal, or stops following it: its followers hear of its steps and of new
 * comments. Doing it twice is done already (no second row, no second audit entry).
 */
export async function setFollowing(ctx: Ctx, proposalId: string, follow: boolean) {
  return inTransaction(ctx, async (tx) => {
    const r = await loadDiscussed(tx, proposalId, 'share');
    authorize(tx.actor, 'proposal.follow', r);
    await changeFollowing(tx, followers, r.proposal.id, follow);
    return follow;
  });
}

export const isFollowing = (ctx: Ctx, proposalId: string) => isFollower(ctx, followers, proposalId);
