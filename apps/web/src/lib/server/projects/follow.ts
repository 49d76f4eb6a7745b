import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { authorize } from '../permissions/can.ts';
import { changeFollowing, isFollower, type Followers } from '../notifications/following.ts';
import { projectAccess } from './access.ts';
import { projectFollowers } from './schema.ts';

const followers: Followers<typeof projectFollowers> = {
  table: projectFollowers,
  subject: projectFollowers.projectId,
  user: projectFollowers.userId,
  row: (organisationId, projectId, userId) => ({ organisationId, projectId, userId }),
  resourceType: 'project',
};

/**
 * Follows or stops following a project's news (status updates). Saying it twice changes nothing:
 * the key is (project, person), and a second click of the same button is not an error.
 */
export async function setFollowing(ctx: Ctx, projectId: string, follow: boolean) {
  return inTransaction(ctx, async (tx) => {
    const r = await projectAccess(tx, projectId);
    authorize(tx.actor, 'project.follow', r);
    await changeFollowing(tx, followers, r.project.id, follow);
    return follow;
  });
}

/** Whether the signed-in person asked to follow this project. */
export const isFollowing = (ctx: Ctx, projectId: string) => isFollower(ctx, followers, projectId);
