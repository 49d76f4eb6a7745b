import { greeting } from '../accounts/mails.ts';
import { accountLink } from '../accounts/links.ts';
import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/client.ts';
import { translate } from '../i18n/catalogue.ts';
import { queueEmail } from '../mail/outbox.ts';
import type { Organisation } from '../organisations/schema.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/locales.ts';
import { localizedText, type LocalizedText } from '../../i18n/localized.ts';
import { formatDate } from '../../i18n/format.ts';

export interface InvitationMail {
  org: Organisation;
  to: Pick<User, 'id' | 'email' | 'name' | 'locale' | 'emailVerifiedAt'>;
  inviter: string;
  title: string;
  callTitle: LocalizedText;
  token: string;
  expiresAt: Date;
}

/** Where the mailed link leads: the invitation, named by its one-time token. */
export const invitationPath = '/invitations';

/**
 * The invitation, in the invitee's language, queued in the caller's transaction. The link's
 * token is named as a secret: administrators reading the outbox see the mail without it, and
 * the stored copy loses it once delivered (decision 012).
 */
export async function queueInvitationMail(db: Queryable, m: InvitationMail) {
  const locale: Locale = isLocale(m.to.locale) ? m.to.locale : DEFAULT_LOCALE;
  const link = accountLink(m.org, invitationPath, m.token);
  const params = {
    greeting: greeting(locale, m.to),
    inviter: m.inviter,
    title: m.title,
    call: localizedText(locale, m.callTitle),
    org: localizedText(locale, m.org.name),
    expires: formatDate(locale, m.expiresAt, m.org.timeZone),
    link,
  };
  await queueEmail(db, {
    organisationId: m.org.id,
    recipientUserId: m.to.id,
    to: m.to.email,
    // A subject is a header: a title typed with a line break must not start another one.
    subject: translate(locale, 'coauthors.mail.subject', params).replace(/[\r\n]+/g, ' '),
    text: translate(locale, 'coauthors.mail.body', params),
    secrets: [m.token],
  });
}
