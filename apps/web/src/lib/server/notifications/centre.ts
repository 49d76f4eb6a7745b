import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { isUuid } from '../db/ids.ts';
import { NotFound } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { countOf, paginate, readPage } from '../lists/paging.ts';
import type { Message } from '../../i18n/message.ts';
import { notificationKinds } from './kinds.ts';
import { notifications, type Notification } from './schema.ts';

export const NOTIFICATIONS_PAGE_SIZE = 20;

export interface NotificationView {
  id: string;
  title: Message;
  body: Message;
  href: string | null;
  createdAt: Date;
  read: boolean;
}

/** Scoped to the person and to this organisation: nobody reads anyone else's. */
const mine = (ctx: Ctx) =>
  and(eq(notifications.userId, ctx.actor!.userId), eq(notifications.organisationId, ctx.org.id));

/** A notification as the page shows it (a kind no module declares any more reads generically). */
function view(n: Notification): NotificationView {
  const kind = notificationKinds().get(n.kind);
  const params = n.params;
  return {
    id: n.id,
    title: kind ? { key: kind.title, params } : { key: 'notifications.unknown' },
    body: kind ? { key: kind.body, params } : { key: 'notifications.unknown' },
    href: n.href,
    createdAt: n.createdAt,
    read: !!n.readAt,
  };
}

/** The person's notifications here, newest first, a page at a time. */
export async function myNotifications(ctx: Ctx, query: { page?: string | null } = {}) {
  authorize(ctx.actor, 'notifications.own');
  const where = mine(ctx);
  const paged = paginate(
    await countOf(ctx.db.select({ n: count() }).from(notifications).where(where)),
    readPage(query.page),
    NOTIFICATIONS_PAGE_SIZE,
  );
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(paged.size)
    .offset(paged.offset);
  return { notifications: rows.map(view), unread: await unreadCount(ctx), ...paged };
}

/** How many are unread (the header's badge): 0 for a visitor. */
export async function unreadCount(ctx: Ctx): Promise<number> {
  if (!ctx.actor) return 0;
  return countOf(
    ctx.db
      .select({ n: count() })
      .from(notifications)
      .where(and(mine(ctx), isNull(notifications.readAt))),
  );
}

/**
 * Marks one notification read and returns where it leads. Someone else's — in this
 * organisation or another — is "not found", exactly like one that does not exist.
 */
export async function markRead(ctx: Ctx, id: unknown) {
  authorize(ctx.actor, 'notifications.own');
  if (!isUuid(id)) throw new NotFound('notification');
  const [n] = await ctx.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), mine(ctx)));
  if (!n) throw new NotFound('notification');
  authorize(ctx.actor, 'notification.mark', n);
  if (!n.readAt) {
    await ctx.db
      .update(notifications)
      .set({ readAt: ctx.now() })
      .where(and(eq(notifications.id, n.id), isNull(notifications.readAt)));
  }
  return { href: n.href };
}

/** Marks every unread notification of the person here read; returns how many. */
export async function markAllRead(ctx: Ctx) {
  authorize(ctx.actor, 'notifications.own');
  const done = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.now() })
    .where(and(mine(ctx), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return done.length;
}
