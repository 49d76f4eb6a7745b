import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Ctx } from '../context.ts';
import type { TxCtx } from '../module.ts';
import { recordAudit } from '../audit/record.ts';

/**
 * A table of followers: one row per (followed thing, person), keyed by the two, so that saying
 * "follow" twice finds the row already there. Projects and proposals each have one.
 */
export interface Followers<T extends PgTable> {
  table: T;
  /** The followed thing's id column, and the follower's. */
  subject: PgColumn;
  user: PgColumn;
  /** The row that says this person follows this thing. */
  row: (organisationId: string, subjectId: string, userId: string) => T['$inferInsert'];
  /** What the audit log calls the thing: `project` gives `project.follow` / `project.unfollow`. */
  resourceType: string;
}

/**
 * Starts or stops the actor following a thing the caller has found and authorised, inside its
 * transaction. Doing it twice is done already: no second row, no second audit entry.
 */
export async function changeFollowing<T extends PgTable>(
  tx: TxCtx,
  followers: Followers<T>,
  subjectId: string,
  follow: boolean,
): Promise<void> {
  const userId = tx.actor!.userId;
  const changed = follow
    ? await tx.db
        .insert(followers.table)
        .values(followers.row(tx.org.id, subjectId, userId))
        .onConflictDoNothing()
        .returning()
    : await tx.db
        .delete(followers.table)
        .where(and(eq(followers.subject, subjectId), eq(followers.user, userId)))
        .returning();
  if (!changed.length) return;
  await recordAudit(tx.db, tx, {
    action: `${followers.resourceType}.${follow ? 'follow' : 'unfollow'}`,
    resourceType: followers.resourceType,
    resourceId: subjectId,
    after: { userId },
  });
}

/** Whether the signed-in person follows this thing (nobody signed in follows nothing). */
export async function isFollower<T extends PgTable>(
  ctx: Ctx,
  followers: Followers<T>,
  subjectId: string,
): Promise<boolean> {
  if (!ctx.actor) return false;
  const [row] = await ctx.db
    .select({ userId: followers.user })
    .from(followers.table as PgTable)
    .where(and(eq(followers.subject, subjectId), eq(followers.user, ctx.actor.userId)));
  return !!row;
}
