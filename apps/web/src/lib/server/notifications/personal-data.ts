import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { PersonalDataPart, TxCtx } from '../module.ts';
import type { User } from '../accounts/schema.ts';
import { organisations } from '../organisations/schema.ts';
import { notificationPreferences, notifications } from './schema.ts';
import type { messages } from './messages.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Their notifications in every organisation, and their e-mail choices. */
async function exportNotifications(db: Queryable, user: User) {
  const rows = await db
    .select({ n: notifications, slug: organisations.slug })
    .from(notifications)
    .innerJoin(organisations, eq(organisations.id, notifications.organisationId))
    .where(eq(notifications.userId, user.id))
    .orderBy(asc(notifications.createdAt), asc(notifications.id));
  const prefs = await db
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, user.id))
    .orderBy(asc(notificationPreferences.kind));
  return {
    notifications: rows.map(({ n, slug }) => ({
      organisation: slug,
      kind: n.kind,
      about: n.resourceType ? { type: n.resourceType, id: n.resourceId } : null,
      link: n.href,
      params: n.params,
      email: n.email,
      createdAt: iso(n.createdAt),
      readAt: iso(n.readAt),
    })),
    notificationPreferences: prefs.map((p) => ({ kind: p.kind, email: p.email })),
  };
}

/** Notifications and choices are the person's alone: all of them go. */
async function eraseNotifications(ctx: TxCtx, user: User) {
  const gone = await ctx.db
    .delete(notifications)
    .where(eq(notifications.userId, user.id))
    .returning({ id: notifications.id });
  await ctx.db.delete(notificationPreferences).where(eq(notificationPreferences.userId, user.id));
  return { notificationsDeleted: gone.length };
}

export const notificationsPersonalData = {
  exported: ['privacy.data.item.notifications'],
  removed: ['privacy.delete.removed.notifications'],
  export: exportNotifications,
  erase: eraseNotifications,
} satisfies PersonalDataPart<typeof messages>;
