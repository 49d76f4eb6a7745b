import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { dueBy } from '../db/columns.ts';
import { users } from '../accounts/schema.ts';
import type { JobHandler } from '../module.ts';
import { orgCtx } from '../jobs/org-ctx.ts';
import { notificationKinds } from './kinds.ts';
import { queueDigestMail, type MailItem, type MailRecipient } from './mail.ts';
import { notificationPreferences, notifications, type Notification } from './schema.ts';

type Row = { n: Notification; user: MailRecipient; pref: string | null };

/**
 * The daily digest of one organisation (a job per organisation per day, at 07:00 its time):
 * one mail per person with every notification waiting for a digest since their last one. The
 * rows are marked in the same transaction as the mails are queued, so a retry or a second
 * process sends nothing twice. Someone who has since turned the kind off gets nothing for it.
 */
export const sendDigests: JobHandler = async (jobCtx) => {
  const ctx = orgCtx(jobCtx);
  const now = ctx.now();
  const rows: Row[] = await ctx.db
    .select({
      n: notifications,
      user: {
        id: users.id,
        email: users.email,
        name: users.name,
        locale: users.locale,
        emailVerifiedAt: users.emailVerifiedAt,
      },
      pref: notificationPreferences.email,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(
      notificationPreferences,
      and(
        eq(notificationPreferences.userId, notifications.userId),
        eq(notificationPreferences.kind, notifications.kind),
      ),
    )
    .where(
      and(
        eq(notifications.organisationId, ctx.org.id),
        eq(notifications.email, 'digest'),
        isNull(notifications.digestedAt),
        dueBy(notifications.createdAt, now),
        isNull(users.erasedAt),
        isNotNull(users.emailVerifiedAt),
      ),
    )
    .orderBy(asc(notifications.userId), asc(notifications.createdAt), asc(notifications.id))
    .for('update', { of: notifications });
  for (const list of byPerson(rows)) {
    const items = list.filter((r) => r.pref !== 'off').flatMap(toItem);
    if (items.length) await queueDigestMail(ctx.db, ctx.org, list[0]!.user, items);
  }
  if (rows.length) {
    await ctx.db
      .update(notifications)
      .set({ digestedAt: now })
      .where(
        inArray(
          notifications.id,
          rows.map((r) => r.n.id),
        ),
      );
  }
  return rows.length;
};

/** The rows (ordered by person) cut into one list per person. */
function byPerson(rows: Row[]): Row[][] {
  const lists: Row[][] = [];
  for (const row of rows) {
    const last = lists.at(-1);
    if (last && last[0]!.user.id === row.user.id) last.push(row);
    else lists.push([row]);
  }
  return lists;
}

function toItem({ n }: Row): MailItem[] {
  const kind = notificationKinds().get(n.kind);
  return kind ? [{ kind, params: n.params, href: n.href }] : [];
}
