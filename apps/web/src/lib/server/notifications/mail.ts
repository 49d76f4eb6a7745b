import { linkBase } from '../accounts/links.ts';
import { greeting } from '../accounts/mails.ts';
import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/client.ts';
import { translate } from '../i18n/catalogue.ts';
import { queueEmail } from '../mail/outbox.ts';
import type { Organisation } from '../organisations/schema.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/locales.ts';
import { localizedText } from '../../i18n/localized.ts';
import type { MessageParams } from '../../i18n/message.ts';
import type { KnownKind } from './kinds.ts';

export type MailRecipient = Pick<User, 'id' | 'email' | 'name' | 'locale' | 'emailVerifiedAt'>;

/** One notification as a mail reads it: its title, its text and where to follow it up. */
export interface MailItem {
  kind: KnownKind;
  params: MessageParams;
  href: string | null;
}

const localeOf = (to: MailRecipient): Locale => (isLocale(to.locale) ? to.locale : DEFAULT_LOCALE);
const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ');

function itemText(locale: Locale, base: string, item: MailItem) {
  const lines = [
    translate(locale, item.kind.title, item.params),
    translate(locale, item.kind.body, item.params),
  ];
  if (item.href) lines.push(base + item.href);
  return lines.join('\n');
}

function footer(locale: Locale, base: string, org: Organisation) {
  return translate(locale, 'notifications.mail.footer', {
    org: localizedText(locale, org.name),
    link: `${base}/account/notifications`,
  });
}

/** A notification's own mail (the recipient chose "at once"). */
export async function queueNotificationMail(
  db: Queryable,
  org: Organisation,
  to: MailRecipient,
  item: MailItem,
) {
  const locale = localeOf(to);
  const base = linkBase(org);
  await queueEmail(db, {
    organisationId: org.id,
    recipientUserId: to.id,
    to: to.email,
    subject: oneLine(translate(locale, item.kind.title, item.params)),
    text: [
      greeting(locale, to),
      itemText(locale, base, item),
      '--',
      footer(locale, base, org),
    ].join('\n\n'),
  });
}

/** The day's digest: every waiting notification in one mail. */
export async function queueDigestMail(
  db: Queryable,
  org: Organisation,
  to: MailRecipient,
  items: MailItem[],
) {
  const locale = localeOf(to);
  const base = linkBase(org);
  const count = items.length;
  await queueEmail(db, {
    organisationId: org.id,
    recipientUserId: to.id,
    to: to.email,
    subject: oneLine(
      translate(locale, 'notifications.digest.subject', {
        count,
        org: localizedText(locale, org.name),
      }),
    ),
    text: [
      greeting(locale, to),
      translate(locale, 'notifications.digest.intro', { count }),
      ...items.map((item) => itemText(locale, base, item)),
      '--',
      footer(locale, base, org),
    ].join('\n\n'),
  });
}
