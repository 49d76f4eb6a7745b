import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, updatedAt } from '../db/columns.ts';
import { organisations } from '../organisations/schema.ts';
import { users } from '../accounts/schema.ts';
import type { EmailPreference } from '../module.ts';
import type { MessageParams } from '../../i18n/message.ts';

/**
 * One notification for one person in one organisation (what their notification centre lists).
 * `email` is what was decided for it when it was made: sent at once, waiting for the daily
 * digest (until `digested_at`), or none. `href` is a path on the organisation's own site, never
 * an address elsewhere.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    resourceType: text('resource_type'),
    resourceId: text('resource_id'),
    href: text('href'),
    params: jsonb('params').$type<MessageParams>().notNull().default({}),
    email: text('email').$type<EmailPreference>().notNull(),
    readAt: at('read_at'),
    digestedAt: at('digested_at'),
    createdAt: createdAt(),
  },
  (t) => [
    check('notifications_email', sql`${t.email} in ('now', 'digest', 'off')`),
    check('notifications_href_local', sql`${t.href} is null or ${t.href} ~ '^/[^/\\\\]'`),
    index('notifications_user_idx').on(t.userId, t.organisationId, t.createdAt),
    index('notifications_unread_idx')
      .on(t.userId, t.organisationId)
      .where(sql`${t.readAt} is null`),
    index('notifications_digest_idx')
      .on(t.organisationId, t.createdAt)
      .where(sql`${t.email} = 'digest' and ${t.digestedAt} is null`),
  ],
);

/** A person's choice of e-mail per notification kind (absent: the kind's default). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    email: text('email').$type<EmailPreference>().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'notification_preferences_pkey', columns: [t.userId, t.kind] }),
    check('notification_preferences_email', sql`${t.email} in ('now', 'digest', 'off')`),
  ],
);

export type Notification = typeof notifications.$inferSelect;
