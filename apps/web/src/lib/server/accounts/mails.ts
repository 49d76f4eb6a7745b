import type { Queryable } from '../db/client.ts';
import type { Organisation } from '../organisations/schema.ts';
import { queueEmail } from '../mail/outbox.ts';
import { isLocale, DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { localizedText } from '../../i18n/localized.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { translate } from '../i18n/catalogue.ts';
import type { User } from './schema.ts';

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

type Recipient = Pick<User, 'id' | 'email' | 'name' | 'locale' | 'emailVerifiedAt'>;

/**
 * The greeting of a mail to this person: by name only once they proved the address is theirs —
 * until then the name is whatever someone typed at sign-up, and must not reach a stranger.
 */
export function greeting(locale: Locale, to: Pick<User, 'name' | 'emailVerifiedAt'>) {
  return to.emailVerifiedAt
    ? translate(locale, 'accounts.mail.greeting', { name: to.name })
    : translate(locale, 'accounts.mail.greeting_plain');
}

/**
 * Queues an account e-mail in the recipient's language, naming the organisation, inside the
 * caller's transaction (it leaves only if the change commits). Account mails belong to the
 * person, not to the organisation whose site they used: no administrator lists them, and the
 * one-time links in `secrets` are masked everywhere but in the mail itself.
 */
export async function queueAccountMail(
  db: Queryable,
  org: Organisation,
  kind: AccountMailKind,
  to: Recipient,
  params: Record<string, string | number> = {},
  secrets: string[] = [],
) {
  const locale: Locale = isLocale(to.locale) ? to.locale : DEFAULT_LOCALE;
  const all = { greeting: greeting(locale, to), org: localizedText(locale, org.name), ...params };
  const [subjectKey, bodyKey] = KINDS[kind];
  await queueEmail(db, {
    organisationId: null,
    recipientUserId: to.id,
    to: to.email,
    // A subject is a header: it never carries a line break.
    subject: translate(locale, subjectKey, all).replace(/[\r\n]+/g, ' '),
    text: translate(locale, bodyKey, all),
    secrets,
  });
}
