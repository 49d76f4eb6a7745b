import { parseInput } from '../validation/parse.ts';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Invalid } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { hitAll, LIMITS } from '../rate-limits/rate-limit.ts';
import { hashPassword } from './passwords.ts';
import { memberships, users } from './schema.ts';
import { emailField, localeField, nameField, newPassword } from './input.ts';
import { passwordProblem } from './password-strength.ts';
import { findUserByEmail } from './users.ts';
import { issueToken } from './tokens.ts';
import { queueAccountMail } from './mails.ts';
import { accountLink } from './links.ts';

export const signUpSchema = z.object({
  name: nameField(),
  email: emailField(),
  password: newPassword(),
  locale: localeField(),
});

export interface RequestMeta {
  /** The client's address, for rate limits. */
  ip: string;
}

/**
 * Creates an account (a participant here) and e-mails a verification link. The answer is the
 * same whether or not the address already has an account: then the e-mail says so instead,
 * with links to sign in or reset the password — nothing on the page tells the two apart.
 */
export async function signUp(ctx: Ctx, input: unknown, meta: RequestMeta): Promise<void> {
  const data = parseInput(signUpSchema, input);
  await hitAll(
    ctx.db,
    [`sign_up:ip:${meta.ip}`, `sign_up:email:${data.email}`],
    LIMITS.signUp,
    ctx.now(),
  );
  const problem = passwordProblem(data.password, data);
  if (problem) throw new Invalid({ password: problem });
  // Hash before looking the address up: both paths take the same time.
  const passwordHash = await hashPassword(data.password);
  try {
    await inTransaction(ctx, async (tx) => {
      const now = tx.now();
      const existing = await findUserByEmail(tx.db, data.email);
      if (existing) {
        await queueAccountMail(tx.db, tx.org, 'exists', existing, {
          signInLink: accountLink(tx.org, '/account/sign-in'),
          resetLink: accountLink(tx.org, '/account/forgot-password'),
        });
        await recordAudit(tx.db, tx, {
          action: 'account.sign_up_existing',
          resourceType: 'user',
          resourceId: existing.id,
          actorId: null,
        });
        return;
      }
      const [user] = await tx.db
        .insert(users)
        .values({
          email: data.email,
          name: data.name,
          locale: data.locale,
          passwordHash,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      const [membership] = await tx.db
        .insert(memberships)
        .values({ organisationId: tx.org.id, userId: user!.id, roles: ['participant'] })
        .returning();
      const token = await issueToken(tx.db, user!.id, 'verify_email', now);
      const link = accountLink(tx.org, '/account/verify', token);
      await queueAccountMail(tx.db, tx.org, 'verify', user!, { link }, [link]);
      await recordAudit(tx.db, tx, {
        action: 'account.sign_up',
        resourceType: 'user',
        resourceId: user!.id,
        actorId: user!.id,
        after: { user, membership },
      });
    });
  } catch (e) {
    // Two sign-ups for one address at the same instant: the loser gets the same answer.
    if (e instanceof Invalid && e.fields.email === 'accounts.email.taken') return;
    throw e;
  }
}
