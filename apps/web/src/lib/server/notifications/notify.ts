import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { memberships, users } from '../accounts/schema.ts';
import type { EmailPreference } from '../module.ts';
import type { Organisation } from '../organisations/schema.ts';
import type { MessageParams } from '../../i18n/message.ts';
import { notificationKinds } from './kinds.ts';
import { queueNotificationMail } from './mail.ts';
import { notificationPreferences, notifications } from './schema.ts';

export interface NotifyInput {
  /** A kind some manifest declares under `notifications`. */
  kind: string;
  /** User ids; duplicates count once; people who are not members of the organisation get nothing. */
  recipients: readonly string[];
  /** What it is about: `href` is the path (on this organisation's site) that shows it. */
  resource?: { type: string; id: string; href?: string };
  /** The placeholders of the kind's title and body (texts as they are: never secrets). */
  params?: MessageParams;
}

/**
 * A path on the organisation's own site: "Open" redirects there and mails link to it, so never
 * another host (`//host`, `/\\host`), and no spaces or control characters (a header's value).
 */
const LOCAL_PATH = /^\/(?![/\\])[^\s\u0000-\u001f\u007f]*$/;

/** Where notify() writes: a command's transaction ctx, or a job's ctx through orgCtx(). */
export interface NotifyTarget {
  db: Queryable;
  org: Organisation;
}

/**
 * Notifies people inside the caller's transaction: one in-app notification per recipient, and
 * per their preference for the kind (else its default) a mail now, a place in tomorrow's digest,
 * or nothing. All of it exists only if the caller's change commits. Mail goes only to verified
 * addresses (an unverified one may be someone else's). Returns how many were notified.
 */
export async function notify(target: NotifyTarget, input: NotifyInput): Promise<number> {
  const kind = notificationKinds().get(input.kind);
  if (!kind) throw new Error(`no notification kind "${input.kind}"`);
  const href = input.resource?.href ?? null;
  if (href !== null && !LOCAL_PATH.test(href)) throw new Error(`not a path on this site: ${href}`);
  const ids = [...new Set(input.recipients)];
  if (!ids.length) return 0;
  const people = await target.db
    .select({ user: users, email: notificationPreferences.email })
    .from(users)
    .innerJoin(
      memberships,
      and(eq(memberships.userId, users.id), eq(memberships.organisationId, target.org.id)),
    )
    .leftJoin(
      notificationPreferences,
      and(
        eq(notificationPreferences.userId, users.id),
        eq(notificationPreferences.kind, kind.kind),
      ),
    )
    .where(and(inArray(users.id, ids), isNull(users.erasedAt)));
  if (!people.length) return 0;
  const params = input.params ?? {};
  const emailOf = (p: (typeof people)[number]): EmailPreference =>
    p.user.emailVerifiedAt ? (p.email ?? kind.email) : 'off';
  await target.db.insert(notifications).values(
    people.map((p) => ({
      organisationId: target.org.id,
      userId: p.user.id,
      kind: kind.kind,
      resourceType: input.resource?.type ?? null,
      resourceId: input.resource?.id ?? null,
      href,
      params,
      email: emailOf(p),
    })),
  );
  for (const p of people.filter((p) => emailOf(p) === 'now')) {
    await queueNotificationMail(target.db, target.org, p.user, { kind, params, href });
  }
  return people.length;
}
