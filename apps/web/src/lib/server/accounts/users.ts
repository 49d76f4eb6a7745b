import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { memberships, users, type Membership, type Role, type User } from './schema.ts';

export async function findUserByEmail(db: Queryable, email: string): Promise<User | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return user ?? null;
}

export async function getUser(db: Queryable, id: string): Promise<User> {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  if (!user) throw new NotFound('user');
  return user;
}

export async function findMembership(
  db: Queryable,
  organisationId: string,
  userId: string,
): Promise<Membership | null> {
  const [m] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
    .limit(1);
  return m ?? null;
}

/** The user's membership here, created as a participant when they have none yet. */
export async function ensureMembership(
  db: Queryable,
  organisationId: string,
  userId: string,
  now: Date,
): Promise<{ membership: Membership; created: boolean }> {
  const existing = await findMembership(db, organisationId, userId);
  if (existing) return { membership: existing, created: false };
  const [membership] = await db
    .insert(memberships)
    .values({ organisationId, userId, roles: ['participant'], createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning();
  if (membership) return { membership, created: true };
  return { membership: (await findMembership(db, organisationId, userId))!, created: false };
}

export const withRole = (roles: readonly string[], role: Role): Role[] =>
  [...new Set([...roles, role])] as Role[];
