import type { Queryable } from '../db/client.ts';
import type { Organisation } from '../organisations/schema.ts';
import { queueEmail } from '../mail/outbox.ts';
import { isLocale, DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { localizedText } from '../../i18n/localized.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { translate } from '../i18n/catalogue.ts';

const KINDS = {
  verify: ['accounts.mail.verify.subject', 'accounts.mail.verify.body'],
  exists: ['accounts.mail.exists.subject', 'accounts.mail.exists.body'],
  reset: ['accounts.mail.reset.subject', 'accounts.mail.reset.body'],
  password_changed: [
    'accounts.mail.password_changed.subject',
    'accounts.mail.password_changed.body',
  ],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>;

export type AccountMailKind = keyof typeof KINDS;

/**
 * Queues an account e-mail in the recipient's language, naming the organisation, inside the
 * caller's transaction (it leaves only if the change commits).
 */
export async function queueAccountMail(
  db: Queryable,
  org: Organisation,
  kind: AccountMailKind,
  to: { email: string; name: string; locale: string },
  params: Record<string, string | number> = {},
) {
  const locale: Locale = isLocale(to.locale) ? to.locale : DEFAULT_LOCALE;
  const orgName = localizedText(locale, org.name);
  const all = { name: to.name, org: orgName, ...params };
  const [subjectKey, bodyKey] = KINDS[kind];
  await queueEmail(db, {
    organisationId: org.id,
    to: to.email,
    // A subject is a header: it never carries a line break.
    subject: translate(locale, subjectKey, all).replace(/[\r\n]+/g, ' '),
    text: translate(locale, bodyKey, all),
  });
}
