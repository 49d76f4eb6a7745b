import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { RateLimited } from '../errors.ts';
import { rateLimits } from './schema.ts';

/** A fixed-window limit: at most `limit` hits per `windowSeconds`. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** The limits the platform applies. Keys are namespaced by what they protect. */
export const LIMITS = {
  signIn: { limit: 10, windowSeconds: 15 * 60 },
  signUp: { limit: 10, windowSeconds: 60 * 60 },
  passwordReset: { limit: 5, windowSeconds: 60 * 60 },
  verificationResend: { limit: 5, windowSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimit>;

/**
 * Counts one hit against `key` in the current window and throws RateLimited past the limit.
 * The counter lives in the database (one upsert), so every app process shares it.
 * Run it outside the transaction of the change it guards when the hit must count even if
 * that change fails (a wrong password still counts).
 */
export async function hit(db: Queryable, key: string, rule: RateLimit, now: Date): Promise<number> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  const count = row!.count;
  if (count > rule.limit) {
    const retryAfter = Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000);
    throw new RateLimited(Math.max(1, retryAfter));
  }
  return count;
}

const windowOf = (rule: RateLimit, now: Date) => {
  const windowMs = rule.windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  return {
    start,
    retryAfter: Math.max(1, Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000)),
  };
};

/** How many hits `key` has in the current window, without counting one. */
export async function peek(db: Queryable, key: string, rule: RateLimit, now: Date) {
  const { start, retryAfter } = windowOf(rule, now);
  const [row] = await db
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(sql`${rateLimits.key} = ${key} and ${rateLimits.windowStart} = ${start}`);
  return { count: row?.count ?? 0, over: (row?.count ?? 0) >= rule.limit, retryAfter };
}

/** Counts one hit, never refusing (for what counts only failures: the refusal comes from peek). */
export async function record(db: Queryable, key: string, rule: RateLimit, now: Date) {
  await db
    .insert(rateLimits)
    .values({ key, windowStart: windowOf(rule, now).start, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    });
}

/** Forgets a key's hits (a proven owner ends the lock on their account). */
export async function clear(db: Queryable, key: string) {
  await db.delete(rateLimits).where(sql`${rateLimits.key} = ${key}`);
}

/** Checks several keys (per e-mail and per address); every key counts the hit. */
export async function hitAll(db: Queryable, keys: string[], rule: RateLimit, now: Date) {
  let limited: RateLimited | undefined;
  for (const key of keys) {
    try {
      await hit(db, key, rule, now);
    } catch (e) {
      if (!(e instanceof RateLimited)) throw e;
      limited ??= e;
    }
  }
  if (limited) throw limited;
}

/** Old windows are useless: removed by the periodic clean-up. */
export async function deleteOldWindows(db: Queryable, before: Date) {
  await db.delete(rateLimits).where(sql`${rateLimits.windowStart} < ${before}`);
}
