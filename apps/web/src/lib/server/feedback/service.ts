import { and, arrayContains, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordAudit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { memberships, users } from '../accounts/schema.ts';
import { translate } from '../../i18n/translate.ts';
import { isLocale } from '../../i18n/locales.ts';
import { accessibilityFeedback } from './schema.ts';
import { hit } from '../rate-limits/rate-limit.ts';

/** Open to anyone, so bounded per client address: 5 reports an hour. */
const FEEDBACK_LIMIT = { limit: 5, windowSeconds: 3600 };

export interface FeedbackInput {
  name?: string;
  email?: string;
  pageUrl?: string;
  message: string;
}

/**
 * Anyone may report an accessibility barrier, signed in or not. It is stored, audited and sent
 * to the organisation's administrators, each in their own language.
 */
export async function submitAccessibilityFeedback(ctx: Ctx, input: FeedbackInput, client: string) {
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
      .select({ email: users.email, locale: users.locale })
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
