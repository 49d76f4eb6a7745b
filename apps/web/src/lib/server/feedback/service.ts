import { and, arrayContains, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordAudit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { memberships, users } from '../accounts/schema.ts';
import { translate } from '../i18n/catalogue.ts';
import { isLocale } from '../../i18n/locales.ts';
import { accessibilityFeedback } from './schema.ts';
import { hit } from '../rate-limits/rate-limit.ts';
import { authorize } from '../permissions/can.ts';
import { parseInput } from '../validation/parse.ts';
import { email, optionalText, text } from '../validation/fields.ts';

/** Open to anyone, so bounded per client address: 5 reports an hour. */
const FEEDBACK_LIMIT = { limit: 5, windowSeconds: 3600 };

export const feedbackSchema = z.object({
  message: text({ max: 5000, multiline: true }),
  pageUrl: optionalText({ max: 2000 }),
  name: optionalText({ max: 200 }),
  email: z
    .string()
    .optional()
    .transform((s) => (s?.trim() ? s : undefined))
    .pipe(email().optional()),
});

/**
 * Anyone may report an accessibility barrier, signed in or not. It is stored, audited and sent
 * to the organisation's administrators, each in their own language.
 */
export async function submitAccessibilityFeedback(ctx: Ctx, raw: unknown, client: string) {
  authorize(ctx.actor, 'accessibility_feedback.submit');
  const input = parseInput(feedbackSchema, raw);
  await hit(ctx.db, `feedback:${client}`, FEEDBACK_LIMIT, ctx.now());
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(accessibilityFeedback)
      .values({ organisationId: ctx.org.id, ...input })
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'accessibility_feedback.submit',
      resourceType: 'accessibility_feedback',
      resourceId: row!.id,
      after: { pageUrl: row!.pageUrl, length: row!.message.length },
    });
    const admins = await tx.db
      .select({ id: users.id, email: users.email, locale: users.locale })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.organisationId, ctx.org.id),
          arrayContains(memberships.roles, ['admin']),
        ),
      );
    for (const admin of admins) {
      const locale = isLocale(admin.locale) ? admin.locale : 'ro';
      await queueEmail(tx.db, {
        organisationId: ctx.org.id,
        recipientUserId: admin.id,
        to: admin.email,
        subject: translate(locale, 'pages.accessibility.mail_subject'),
        text: [
          translate(locale, 'pages.accessibility.mail_intro'),
          '',
          input.message,
          '',
          `${translate(locale, 'pages.accessibility.field.page')}: ${input.pageUrl ?? '—'}`,
          `${translate(locale, 'pages.accessibility.field.name')}: ${input.name ?? '—'}`,
          `${translate(locale, 'pages.accessibility.field.email')}: ${input.email ?? '—'}`,
        ].join('\n'),
      });
    }
    return row!;
  });
}
