import { parseInput } from '../validation/parse.ts';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Invalid } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { changed } from '../cache/short-lived.ts';
import { countFailure, deviceToken, knownDevice, refuseIfThrottled } from './sign-in-throttle.ts';
import { verifyPassword } from './passwords.ts';
import { createSession, deleteSession, hashToken } from './sessions.ts';
import { currentPassword, emailField } from './input.ts';
import { ensureMembership, findUserByEmail, getUser } from './users.ts';
import { verifySecondFactor } from './two-factor.ts';
import type { User } from './schema.ts';

export const signInSchema = z.object({ email: emailField(), password: currentPassword() });

export interface SignedIn {
  user: User;
  token: string;
  expiresAt: Date;
}

/**
 * Signs in with e-mail and password. Rate limited per address and per client; an unknown
 * address and a wrong password get the same answer in the same time. The session is new at
 * every sign-in (the previous one, if any, is ended: no session fixation).
 */
export async function signIn(
  ctx: Ctx,
  input: unknown,
  meta: { ip: string; previousToken?: string | null; device?: string | null },
): Promise<(SignedIn & { device: string }) | { secondFactor: { userId: string } }> {
  const data = parseInput(signInSchema, input);
  const user = await findUserByEmail(ctx.db, data.email);
  const device = knownDevice(meta.device, user?.id);
  await refuseIfThrottled(ctx.db, ctx.now(), meta.ip, data.email, device);
  const ok = await verifyPassword(user?.passwordHash ?? null, data.password);
  // An erased account never signs in again (it has no password either: belt and braces).
  if (!user || !ok || user.erasedAt) {
    await countFailure(ctx.db, ctx.now(), meta.ip, data.email, device);
    await inTransaction(ctx, (tx) =>
      recordAudit(tx.db, tx, {
        action: 'account.sign_in_failed',
        resourceType: 'user',
        resourceId: user?.id ?? null,
        actorId: null,
        after: { email: data.email },
      }),
    );
    throw new Invalid({ email: 'accounts.sign_in.failed' });
  }
  // The password was right; with two-factor on, the session waits for the second factor.
  if (user.totpEnabledAt) return { secondFactor: { userId: user.id } };
  const session = await startSession(ctx, user, {
    method: 'password',
    previousToken: meta.previousToken,
  });
  // This browser is now a device the account was signed in from (kept, or newly issued).
  return { ...session, device: meta.device && device ? meta.device : deviceToken(user.id) };
}

/** Opens a fresh session for a user who has proved who they are; audited. */
export async function startSession(
  ctx: Ctx,
  user: User,
  opts: { method: 'password' | 'password_reset' | 'single_sign_on'; previousToken?: string | null },
): Promise<SignedIn> {
  return inTransaction(ctx, async (tx) => {
    if (opts.previousToken) await deleteSession(tx.db, opts.previousToken);
    await ensureMembership(tx.db, tx.org.id, user.id, tx.now());
    const session = await createSession(tx.db, user.id, tx.now());
    await recordAudit(tx.db, tx, {
      action: 'account.sign_in',
      resourceType: 'session',
      // The session's id is the token's hash: safe to log, useless to steal.
      resourceId: null,
      actorId: user.id,
      after: { method: opts.method, session: hashToken(session.token).slice(0, 12) },
    });
    return { user, ...session };
  });
}

/** Ends the session of this token; audited when it was a live one. */
export async function signOut(ctx: Ctx, token: string | null | undefined) {
  if (!token) return;
  await inTransaction(ctx, async (tx) => {
    await deleteSession(tx.db, token);
    // Audited or not, this process stops serving the session from its cache (decision 022).
    tx.afterCommit!(() => changed('session'));
    if (tx.actor) {
      await recordAudit(tx.db, tx, {
        action: 'account.sign_out',
        resourceType: 'session',
        after: { session: hashToken(token).slice(0, 12) },
      });
    }
  });
}

/** The second step for accounts with two-factor on: a right code opens the session. */
export async function completeSecondFactor(
  ctx: Ctx,
  userId: string,
  input: unknown,
  previousToken?: string | null,
): Promise<SignedIn & { device: string }> {
  await verifySecondFactor(ctx, userId, input);
  const user = await getUser(ctx.db, userId);
  if (user.erasedAt) throw new Invalid({ code: 'accounts.two_factor.code_wrong' });
  const session = await startSession(ctx, user, { method: 'password', previousToken });
  return { ...session, device: deviceToken(user.id) };
}
