import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../db/columns.ts';
import { organisations } from '../organisations/schema.ts';

/**
 * Accessibility feedback, as the EU Web Accessibility Directive requires: anyone can report a
 * barrier (no account needed); the organisation's administrators are told by e-mail.
 */
export const accessibilityFeedback = pgTable(
  'accessibility_feedback',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name'),
    email: text('email'),
    pageUrl: text('page_url'),
    message: text('message').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check('accessibility_feedback_message_length', sql`length(${t.message}) between 1 and 5000`),
    index('accessibility_feedback_org_idx').on(t.organisationId, t.createdAt),
  ],
);
