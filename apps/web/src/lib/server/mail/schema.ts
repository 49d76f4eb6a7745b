import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id } from '../db/columns.ts';

/**
 * Transactional outbox: an e-mail is written in the same transaction as the change that causes
 * it, and delivered after commit. Without SMTP configured it stays here as `stored`, and
 * administrators read it on the e-mails page (development and demo).
 */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    id: id(),
    organisationId: uuid('organisation_id'),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
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
  ],
);

export type OutboxEmail = typeof outboxEmails.$inferSelect;
