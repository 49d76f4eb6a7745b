import { parseInput } from '../validation/parse.ts';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordAudit } from '../audit/record.ts';
import { hitAll, LIMITS } from '../rate-limits/rate-limit.ts';
import { hashPassword } from './passwords.ts';
import { createSession, deleteUserSessions } from './sessions.ts';
import { users, type User } from './schema.ts';
import { emailField, newPassword, tokenField } from './input.ts';
import { ensureMembership, findUserByEmail, getUser } from './users.ts';
import { consumeToken, issueToken, liveTokenOwner } from './tokens.ts';
import { passwordProblem } from './password-strength.ts';
import { endAccountLock } from './sign-in-throttle.ts';
import { Invalid } from '../errors.ts';
import { queueAccountMail } from './mails.ts';
import { accountLink } from './links.ts';
import type { RequestMeta } from './sign-up.ts';
import type { SignedIn } from './sign-in.ts';

export const resetRequestSchema = z.object({ email: emailField() });
export const resetSchema = z.object({ token: tokenField(), password: newPassword() });

/**
 * Asks for a reset link. Rate limited; the answer is always the same, and only an existing
 * account gets an e-mail (a link valid for one hour, usable once).
 */
export async function requestPasswordReset(ctx: Ctx, input: unknown, meta: RequestMeta) {
  const { email } = parseInput(resetRequestSchema, input);
  await hitAll(
    ctx.db,
    [`password_reset:email:${email}`, `password_reset:ip:${meta.ip}`],
    LIMITS.passwordReset,
    ctx.now(),
  );
  await inTransaction(ctx, async (tx) => {
    const user = await findUserByEmail(tx.db, email);
    if (!user) return;
    const token = await issueToken(tx.db, user.id, 'reset_password', tx.now());
    const link = accountLink(tx.org, '/account/reset-password', token);
    await queueAccountMail(tx.db, tx.org, 'reset', user, { link }, [link]);
    await recordAudit(tx.db, tx, {
      action: 'account.password_reset_requested',
      resourceType: 'user',
      resourceId: user.id,
      actorId: null,
    });
  });
}

/**
 * Sets a new password with a reset link: ends every session of the account, marks the address
 * verified (the link proved it), and signs in with a fresh session — unless two-factor is on:
 * the link proves the mailbox, not the second factor, so the person then signs in as usual.
 */
export async function resetPassword(
  ctx: Ctx,
  input: unknown,
): Promise<SignedIn | { user: User; secondFactor: true }> {
  const data = parseInput(resetSchema, input);
  // A dead link costs a lookup, never a password hash (hashing is the expensive part).
  const owner = await liveTokenOwner(ctx.db, data.token, 'reset_password', ctx.now());
  if (!owner) throw new Invalid({ token: 'accounts.token.invalid' });
  const problem = passwordProblem(data.password, owner);
  if (problem) throw new Invalid({ password: problem });
  const passwordHash = await hashPassword(data.password);
  return inTransaction(ctx, async (tx) => {
    const now = tx.now();
    const userId = await consumeToken(tx.db, data.token, 'reset_password', now);
    const before = await getUser(tx.db, userId);
    const [user] = await tx.db
      .update(users)
      .set({ passwordHash, emailVerifiedAt: before.emailVerifiedAt ?? now, updatedAt: now })
      .where(eq(users.id, userId))
      .returning();
    await deleteUserSessions(tx.db, userId);
    // The owner proved it is them: a lock on the account from guessing elsewhere ends.
    await endAccountLock(tx.db, user!.email);
    await ensureMembership(tx.db, tx.org.id, userId, now);
    await queueAccountMail(tx.db, tx.org, 'password_changed', user!);
    await recordAudit(tx.db, tx, {
      action: 'account.password_reset',
      resourceType: 'user',
      resourceId: userId,
      actorId: userId,
      before,
      after: user,
    });
    if (user!.totpEnabledAt) return { user: user!, secondFactor: true as const };
    return { user: user!, ...(await createSession(tx.db, userId, now)) };
  });
}
