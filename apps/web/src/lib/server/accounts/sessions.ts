import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { memberships, sessions, users, type Role, type User } from './schema.ts';
import type { Actor } from '../context.ts';

export const SESSION_COOKIE = 'session';
export const SESSION_DAYS = 30;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

/** Starts a session; the caller sets the returned token as an HttpOnly cookie. */
export async function createSession(db: Queryable, userId: string, now: Date) {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.insert(sessions).values({ id: hashToken(token), userId, createdAt: now, expiresAt });
  return { token, expiresAt };
}

export async function deleteSession(db: Queryable, token: string) {
  await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

export async function deleteUserSessions(db: Queryable, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Queryable, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

/** The user behind a session token, if the session is live. */
export async function userForSession(
  db: Queryable,
  token: string,
  now: Date,
): Promise<User | null> {
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  return row?.user ?? null;
}

type MembershipFacts =
  { roles: string[] | null; departmentId: string | null; staffGrade?: string | null } | undefined;

function toActor(user: User, m: MembershipFacts): Actor {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
    roles: (m?.roles ?? []) as Role[],
    departmentId: m?.departmentId ?? null,
    staffGrade: m?.staffGrade ?? null,
  };
}

/** The actor a user is within one organisation: their roles and department there. */
export async function actorFor(db: Queryable, user: User, organisationId: string): Promise<Actor> {
  const [m] = await db
    .select({
      roles: memberships.roles,
      departmentId: memberships.departmentId,
      staffGrade: memberships.staffGrade,
    })
    .from(memberships)
    .where(and(eq(memberships.userId, user.id), eq(memberships.organisationId, organisationId)))
    .limit(1);
  return toActor(user, m);
}

/**
 * What every request needs of its session, in one query: the live session's user and, within
 * the request's organisation (if any), the actor they are there.
 */
export async function sessionActor(
  db: Queryable,
  token: string,
  organisationId: string | null,
  now: Date,
): Promise<{ user: User; actor: Actor; expiresAt: Date } | null> {
  const [row] = await db
    .select({
      user: users,
      expiresAt: sessions.expiresAt,
      roles: memberships.roles,
      departmentId: memberships.departmentId,
      staffGrade: memberships.staffGrade,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(
      memberships,
      and(
        eq(memberships.userId, users.id),
        organisationId ? eq(memberships.organisationId, organisationId) : sql`false`,
      ),
    )
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  return row ? { user: row.user, actor: toActor(row.user, row), expiresAt: row.expiresAt } : null;
}
