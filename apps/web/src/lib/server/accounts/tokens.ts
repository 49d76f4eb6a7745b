import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { Ctx } from '../context.ts';
import { Invalid } from '../errors.ts';
import { emailTokens, users, type TokenPurpose } from './schema.ts';
import { hashToken, newToken } from './sessions.ts';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  verify_email: 24 * 3_600_000,
  reset_password: 3_600_000,
};

/**
 * Issues a single-use token for an e-mailed link. Only its SHA-256 is stored; earlier unused
 * tokens of the same purpose stop working, so only the newest link is live.
 */
export async function issueToken(
  db: Queryable,
  userId: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<string> {
  await db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailTokens.userId, userId),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
      ),
    );
  const token = newToken();
  await db.insert(emailTokens).values({
    userId,
    purpose,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    createdAt: now,
  });
  return token;
}

/**
 * Uses a token up, atomically (one UPDATE … RETURNING: two requests at once cannot both win).
 * Returns the user it was issued to; unknown, used and expired tokens are all refused alike.
 */
export async function consumeToken(
  db: Queryable,
  token: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<string> {
  const [row] = await db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .returning({ userId: emailTokens.userId });
  if (!row) throw new Invalid({ token: 'accounts.token.invalid' });
  return row.userId;
}

/** Whether a token would be accepted now (for the GET that shows the confirm button). */
export async function tokenIsLive(db: Queryable, token: string, purpose: TokenPurpose, now: Date) {
  const [row] = await db
    .select({ id: emailTokens.id })
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .limit(1);
  return !!row;
}

/** The account a live token was issued to (checked before any expensive work), or null. */
export async function liveTokenOwner(
  db: Queryable,
  token: string,
  purpose: TokenPurpose,
  now: Date,
) {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(emailTokens)
    .innerJoin(users, eq(users.id, emailTokens.userId))
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** For the page an e-mailed link opens: is the link still good? (Shape checked first.) */
export async function linkIsLive(ctx: Ctx, token: unknown, purpose: TokenPurpose) {
  return (
    typeof token === 'string' &&
    /^[A-Za-z0-9_-]{20,100}$/.test(token) &&
    tokenIsLive(ctx.db, token, purpose, ctx.now())
  );
}
