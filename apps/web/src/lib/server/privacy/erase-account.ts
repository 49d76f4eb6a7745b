import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import type { Queryable } from '../db/client.ts';
import type { LocalizedText } from '../../i18n/localized.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Invalid } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { authorize } from '../permissions/can.ts';
import { queueEmail } from '../mail/outbox.ts';
import { hit, type RateLimit } from '../rate-limits/rate-limit.ts';
import { parseInput } from '../validation/parse.ts';
import { DEFAULT_LOCALE, isLocale } from '../../i18n/locales.ts';
import { localizedText } from '../../i18n/localized.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { translate } from '../i18n/catalogue.ts';
import { verifyPassword } from '../accounts/passwords.ts';
import { greeting } from '../accounts/mails.ts';
import { PASSWORD_MAX } from '../accounts/input.ts';
import { lastAdminOf } from '../accounts/last-admin.ts';
import { users, type User } from '../accounts/schema.ts';
import { personalDataParts } from './export-personal-data.ts';

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
 * - every module erases or anonymises its part (its manifest's `personalData.erase`, in the
 *   order of `modules.ts`): the module decides what goes and what stays anonymised;
 * - a confirmation e-mail goes to their address, in their language, as the last one;
 * - `account.erase` is audited with the modules' counts only. Earlier audit entries are not
 *   touched: the log is append-only and hash-chained (docs/privacy.md says why that is lawful).
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
    const [user] = await tx.db.select().from(users).where(eq(users.id, userId)).for('update');
    // Erased, or the password changed, between the check and now: start again.
    if (!user || user.erasedAt) throw new Conflict('privacy.delete.already');
    if (user.passwordHash !== current.passwordHash) throw new Conflict('errors.try_again');
    const lastOf = await lastAdminOf(tx.db, userId, true);
    if (lastOf.length) throw new LastAdmin(lastOf);

    const summary: Record<string, number> = {};
    for (const part of personalDataParts()) {
      if (part.erase) Object.assign(summary, await part.erase(tx, user));
    }
    await queueErasedMail(tx.db, tx, user);
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
  const params = { greeting: greeting(locale, user), org: localizedText(locale, ctx.org.name) };
  // The account's own mail: no organisation's administrators list it; the row it points to is
  // anonymised in the same transaction, so no recipient account is named.
  await queueEmail(db, {
    organisationId: null,
    to: user.email,
    subject: translate(locale, 'privacy.mail.erased.subject', params).replace(/[\r\n]+/g, ' '),
    text: translate(locale, 'privacy.mail.erased.body', params),
  });
}
