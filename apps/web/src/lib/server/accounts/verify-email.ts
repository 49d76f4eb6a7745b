import { parseInput } from '../validation/parse.ts';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordAudit } from '../audit/record.ts';
import { hitAll, LIMITS } from '../rate-limits/rate-limit.ts';
import { authorize } from '../permissions/can.ts';
import { users } from './schema.ts';
import { tokenField } from './input.ts';
import { consumeToken, issueToken } from './tokens.ts';
import { getUser } from './users.ts';
import { grantEmployee, isStaffEmail } from './staff.ts';
import { queueAccountMail } from './mails.ts';
import { accountLink } from './links.ts';

export const tokenSchema = z.object({ token: tokenField() });

/**
 * Confirms an address with the e-mailed token (POST only: a mail scanner following the link
 * must not use it up). An address on one of the organisation's staff domains makes its owner
 * an employee here.
 */
export async function verifyEmail(ctx: Ctx, input: unknown) {
  const { token } = parseInput(tokenSchema, input);
  return inTransaction(ctx, async (tx) => {
    const now = tx.now();
    const userId = await consumeToken(tx.db, token, 'verify_email', now);
    const before = await getUser(tx.db, userId);
    const [user] = await tx.db
      .update(users)
      .set({ emailVerifiedAt: before.emailVerifiedAt ?? now, updatedAt: now })
      .where(eq(users.id, userId))
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'account.verify_email',
      resourceType: 'user',
      resourceId: userId,
      actorId: userId,
      before,
      after: user,
    });
    const employee = isStaffEmail(tx.org, user!.email)
      ? await grantEmployee(tx.db, tx, userId, 'staff_email_domain')
      : false;
    return { user: user!, employee };
  });
}

/** Sends a fresh verification link to the signed-in user whose address is not yet verified. */
export async function resendVerification(ctx: Ctx) {
  authorize(ctx.actor, 'account.manage_own');
  const actor = ctx.actor!;
  if (actor.emailVerified) return false;
  await hitAll(
    ctx.db,
    [`verify_resend:user:${actor.userId}`],
    LIMITS.verificationResend,
    ctx.now(),
  );
  await inTransaction(ctx, async (tx) => {
    const user = await getUser(tx.db, actor.userId);
    const token = await issueToken(tx.db, user.id, 'verify_email', tx.now());
    const link = accountLink(tx.org, '/account/verify', token);
    await queueAccountMail(tx.db, tx.org, 'verify', user, { link }, [link]);
    await recordAudit(tx.db, tx, {
      action: 'account.verification_resent',
      resourceType: 'user',
      resourceId: user.id,
    });
  });
  return true;
}
