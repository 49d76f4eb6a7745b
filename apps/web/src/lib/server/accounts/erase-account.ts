import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import type { Queryable } from '../db/client.ts';
import type { LocalizedText } from '../db/columns.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Invalid } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { authorize } from '../permissions/can.ts';
import { queueEmail } from '../mail/outbox.ts';
import { outboxEmails } from '../mail/schema.ts';
import { organisations } from '../organisations/schema.ts';
import { proposals } from '../proposals/schema.ts';
import { accessibilityFeedback } from '../feedback/schema.ts';
import { hit, type RateLimit } from '../rate-limits/rate-limit.ts';
import { DEFAULT_LOCALE, isLocale } from '../../i18n/locales.ts';
import { localizedText, translate, type MessageKey } from '../../i18n/translate.ts';
import { verifyPassword } from './passwords.ts';
import {
  emailTokens,
  memberships,
  oidcIdentities,
  rateLimits,
  sessions,
  users,
  type User,
} from './schema.ts';
import { PASSWORD_MAX, parseInput } from './input.ts';

/**
 * The name an erased account keeps as the author of what stays (submitted proposals). Fixed
 * and the same for everyone: nothing in it points back to the person.
 */
export const ERASED_NAME = 'Cont șters';

export const erasedEmail = (userId: string) => `deleted-${userId}@invalid`;

/** Checking the password here is a password guess like any other: limited per account. */
const ERASE_LIMIT: RateLimit = { limit: 10, windowSeconds: 15 * 60 };

/** The only administrator of one or more organisations: they must hand over first. */
export class LastAdmin extends Conflict {
  constructor(readonly organisations: { slug: string; name: LocalizedText }[]) {
    super('privacy.delete.last_admin');
  }
}

export const eraseAccountSchema = z.object({
  password: z
    .string({ error: 'form.required' satisfies MessageKey })
    .max(PASSWORD_MAX, { message: 'form.invalid' satisfies MessageKey })
    .optional(),
  // A form's checkbox sends "on"; a caller may pass true. Anything else is not a confirmation.
  confirm: z
    .union([z.boolean(), z.string().max(10)], {
      error: 'privacy.delete.confirm_required' satisfies MessageKey,
    })
    .optional()
    .transform((v) => v === true || v === 'on' || v === 'true' || v === '1'),
});

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

/** What the erasure page needs: whether a password is asked, and who must hand over first. */
export async function erasurePreview(ctx: Ctx) {
  authorize(ctx.actor, 'account.manage_own');
  const [user] = await ctx.db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, ctx.actor!.userId))
    .limit(1);
  return {
    hasPassword: !!user?.passwordHash,
    lastAdminOf: await lastAdminOf(ctx.db, ctx.actor!.userId),
  };
}

/**
 * Erases the signed-in person's account (GDPR art. 17), in one transaction:
 * - the person proves it is them (current password when the account has one) and confirms;
 * - the last administrator of an organisation is refused (LastAdmin): they hand over first;
 * - a confirmation e-mail goes to their address, in their language, before it is erased;
 * - the user row is anonymised (fixed name, `deleted-<id>@invalid`, no password) and marked
 *   erased; the row stays as the author of their submitted and withdrawn proposals;
 * - sessions, e-mail tokens, linked identities, memberships, never-submitted proposals, e-mails kept for them
 *   and rate-limit counters keyed by their address are deleted; accessibility feedback left
 *   with their (confirmed) address loses its name and address;
 * - `account.erase` is audited with counts only. Earlier audit entries are not touched: the
 *   log is append-only and hash-chained (docs/privacy.md says why that is lawful).
 */
export async function eraseAccount(ctx: Ctx, input: unknown) {
  authorize(ctx.actor, 'account.manage_own');
  const data = parseInput(eraseAccountSchema, input);
  const userId = ctx.actor!.userId;
  const [current] = await ctx.db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!current || current.erasedAt) throw new Conflict('privacy.delete.already');

  const errors: Record<string, MessageKey> = {};
  if (current.passwordHash && !data.password) errors.password = 'form.required';
  if (!data.confirm) errors.confirm = 'privacy.delete.confirm_required';
  if (Object.keys(errors).length) throw new Invalid(errors);
  if (current.passwordHash) {
    await hit(ctx.db, `account_erase:user:${userId}`, ERASE_LIMIT, ctx.now());
    if (!(await verifyPassword(current.passwordHash, data.password!))) {
      throw new Invalid({ password: 'accounts.password.current_wrong' });
    }
  }

  return inTransaction(ctx, async (tx) => {
    const now = tx.now();
    const [user] = await tx.db.select().from(users).where(eq(users.id, userId)).for('update');
    // Erased, or the password changed, between the check and now: start again.
    if (!user || user.erasedAt) throw new Conflict('privacy.delete.already');
    if (user.passwordHash !== current.passwordHash) throw new Conflict('errors.try_again');

    const lastOf = await lastAdminOf(tx.db, userId, true);
    if (lastOf.length) throw new LastAdmin(lastOf);

    const email = user.email.toLowerCase();
    // What was kept for them goes; the confirmation below is the last e-mail to the address.
    await tx.db.delete(outboxEmails).where(sql`lower(${outboxEmails.to}) = ${email}`);
    await queueErasedMail(tx.db, tx, user);

    // Never submitted (drafts, and drafts withdrawn before submission): nobody relied on them.
    const drafts = await tx.db
      .delete(proposals)
      .where(and(eq(proposals.authorId, userId), isNull(proposals.submittedAt)))
      .returning({ id: proposals.id });
    const kept = await tx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(proposals)
      .where(and(eq(proposals.authorId, userId), isNotNull(proposals.submittedAt)));
    const left = await tx.db
      .delete(memberships)
      .where(eq(memberships.userId, userId))
      .returning({ organisationId: memberships.organisationId });
    await tx.db.delete(sessions).where(eq(sessions.userId, userId));
    await tx.db.delete(emailTokens).where(eq(emailTokens.userId, userId));
    await tx.db.delete(oidcIdentities).where(eq(oidcIdentities.userId, userId));
    await tx.db
      .delete(rateLimits)
      .where(
        inArray(rateLimits.key, [
          `sign_in:email:${email}`,
          `sign_up:email:${email}`,
          `password_reset:email:${email}`,
          `verify_resend:user:${userId}`,
          `account_erase:user:${userId}`,
        ]),
      );
    if (user.emailVerifiedAt) {
      await tx.db
        .update(accessibilityFeedback)
        .set({ name: null, email: null })
        .where(sql`lower(${accessibilityFeedback.email}) = ${email}`);
    }
    await tx.db
      .update(users)
      .set({
        name: ERASED_NAME,
        email: erasedEmail(userId),
        passwordHash: null,
        emailVerifiedAt: null,
        erasedAt: now,
        updatedAt: now,
      })
      .where(eq(users.id, userId));

    const summary = {
      draftsDeleted: drafts.length,
      proposalsKept: kept[0]!.n,
      membershipsEnded: left.length,
    };
    await recordAudit(tx.db, tx, {
      action: 'account.erase',
      resourceType: 'user',
      resourceId: userId,
      actorId: userId,
      after: summary,
    });
    return summary;
  });
}

/** "Your account was deleted", in their language, naming the organisation they did it from. */
async function queueErasedMail(db: Queryable, ctx: Ctx, user: User) {
  const locale = isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
  const params = { name: user.name, org: localizedText(locale, ctx.org.name) };
  await queueEmail(db, {
    organisationId: ctx.org.id,
    to: user.email,
    subject: translate(locale, 'privacy.mail.erased.subject', params).replace(/[\r\n]+/g, ' '),
    text: translate(locale, 'privacy.mail.erased.body', params),
  });
}
