import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id } from '../db/columns.ts';
import { users } from '../accounts/schema.ts';

/**
 * Transactional outbox: an e-mail is written in the same transaction as the change that causes
 * it, and delivered after commit. Without SMTP configured it stays here as `stored`.
 *
 * Account mails (verification, reset, …) belong to no organisation (`organisation_id` null): an
 * organisation's administrators never see them. A mail that carries a secret (a one-time link)
 * keeps, beside its text, a `redacted_text` without it: administrators read only that, and once
 * the mail is delivered its text is replaced by it (decision 012).
 */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    id: id(),
    organisationId: uuid('organisation_id'),
    /** The account the mail is for, when it is one of ours (null: an outside address). */
    recipientUserId: uuid('recipient_user_id').references(() => users.id, { onDelete: 'set null' }),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    /** The text without its secrets; null when it carries none. */
    redactedText: text('redacted_text'),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
    sentAt: at('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [
    check('outbox_emails_status', sql`${t.status} in ('pending', 'sent', 'stored', 'failed')`),
    index('outbox_emails_pending_idx').on(t.status, t.nextAttemptAt),
    index('outbox_emails_org_idx').on(t.organisationId, t.createdAt),
    index('outbox_emails_to_idx').on(sql`lower(${t.to})`),
    index('outbox_emails_created_idx').on(t.createdAt),
  ],
);

export type OutboxEmail = typeof outboxEmails.$inferSelect;
