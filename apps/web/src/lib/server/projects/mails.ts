import { and, inArray, isNull } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { Organisation } from '../organisations/schema.ts';
import { users } from '../accounts/schema.ts';
import { greeting } from '../accounts/mails.ts';
import { linkBase } from '../accounts/links.ts';
import { queueEmail } from '../mail/outbox.ts';
import { translate } from '../i18n/catalogue.ts';
import { isLocale, DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { localizedText } from '../../i18n/localized.ts';
import type { MessageKey } from '../../i18n/message.ts';

const KINDS = {
  update: ['projects.mail.update.subject', 'projects.mail.update.body'],
  milestone_overdue: [
    'projects.mail.milestone_overdue.subject',
    'projects.mail.milestone_overdue.body',
  ],
  measurement_due: ['projects.mail.measurement_due.subject', 'projects.mail.measurement_due.body'],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>;

export type ProjectMailKind = keyof typeof KINDS;

/** A project's public page, for links in e-mails (never built from a request). */
export const projectLink = (org: Pick<Organisation, 'publicUrl'>, projectId: string) =>
  `${linkBase(org)}/projects/${projectId}`;

/**
 * Queues one mail per person (in each one's language, verified and not erased accounts only)
 * inside the caller's transaction: it leaves only if the change commits.
 */
export async function queueProjectMail(
  db: Queryable,
  org: Organisation,
  kind: ProjectMailKind,
  userIds: string[],
  params: Record<string, string | number>,
) {
  const ids = [...new Set(userIds)];
  if (!ids.length) return 0;
  const people = await db
    .select()
    .from(users)
    .where(and(inArray(users.id, ids), isNull(users.erasedAt)));
  const [subjectKey, bodyKey] = KINDS[kind];
  for (const to of people.filter((p) => p.emailVerifiedAt)) {
    const locale: Locale = isLocale(to.locale) ? to.locale : DEFAULT_LOCALE;
    const all = { greeting: greeting(locale, to), org: localizedText(locale, org.name), ...params };
    await queueEmail(db, {
      organisationId: org.id,
      recipientUserId: to.id,
      to: to.email,
      subject: translate(locale, subjectKey, all).replace(/[\r\n]+/g, ' '),
      text: translate(locale, bodyKey, all),
    });
  }
  return people.length;
}
