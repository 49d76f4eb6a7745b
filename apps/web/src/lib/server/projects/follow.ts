import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { projectAccess } from './access.ts';
import { projectFollowers } from './schema.ts';

/**
 * Follows or stops following a project's news (status updates). Saying it twice changes nothing:
 * the key is (project, person), and a second click of the same button is not an error.
 */
export async function setFollowing(ctx: Ctx, projectId: string, follow: boolean) {
  return inTransaction(ctx, async (tx) => {
    const r = await projectAccess(tx, projectId);
    authorize(tx.actor, 'project.follow', r);
    const key = { organisationId: tx.org.id, projectId: r.project.id, userId: tx.actor!.userId };
    const changed = follow
      ? await tx.db.insert(projectFollowers).values(key).onConflictDoNothing().returning()
      : await tx.db
          .delete(projectFollowers)
          .where(
            and(
              eq(projectFollowers.projectId, key.projectId),
              eq(projectFollowers.userId, key.userId),
            ),
          )
          .returning();
    if (changed.length) {
      await recordAudit(tx.db, tx, {
        action: follow ? 'project.follow' : 'project.unfollow',
        resourceType: 'project',
        resourceId: r.project.id,
      });
    }
    return follow;
  });
}

/** Whether the signed-in person asked to follow this project. */
export async function isFollowing(ctx: Ctx, projectId: string): Promise<boolean> {
  if (!ctx.actor) return false;
  const [row] = await ctx.db
    .select({ userId: projectFollowers.userId })
    .from(projectFollowers)
    .where(
      and(eq(projectFollowers.projectId, projectId), eq(projectFollowers.userId, ctx.actor.userId)),
    );
  return !!row;
}
