import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { organisations } from '../organisations/schema.ts';
import { memberships } from './schema.ts';

/**
 * The organisations of which this user is the only administrator. Inside a transaction with
 * `lock`, the administrators' memberships are locked, so two administrators leaving at once
 * cannot both see the other and leave nobody.
 */
export async function lastAdminOf(db: Queryable, userId: string, lock = false) {
  const own = db
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), sql`'admin' = any(${memberships.roles})`));
  const adminsQuery = db
    .select({ organisationId: memberships.organisationId, userId: memberships.userId })
    .from(memberships)
    .where(and(inArray(memberships.organisationId, own), sql`'admin' = any(${memberships.roles})`))
    .orderBy(memberships.id);
  const admins = lock ? await adminsQuery.for('update') : await adminsQuery;
  const mine = new Set(admins.filter((a) => a.userId === userId).map((a) => a.organisationId));
  for (const a of admins) if (a.userId !== userId) mine.delete(a.organisationId);
  if (!mine.size) return [];
  return db
    .select({ slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, [...mine]))
    .orderBy(organisations.slug);
}
