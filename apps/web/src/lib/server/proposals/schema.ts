import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, updatedAt } from '../db/columns.ts';
import { users } from '../accounts/schema.ts';
import { callCategories, innovationCalls } from '../calls/schema.ts';
import type { ProposalState } from './lifecycle.ts';

export const proposals = pgTable(
  'proposals',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    callId: uuid('call_id').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    categoryId: uuid('category_id').notNull(),
    title: text('title').notNull(),
    problem: text('problem').notNull(),
    solution: text('solution').notNull(),
    state: text('state').$type<ProposalState>().notNull().default('draft'),
    /** Set by the form when it is rendered: posting it twice never makes two proposals. */
    clientToken: uuid('client_token').notNull(),
    submittedAt: at('submitted_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('proposals_author_client_token_unique').on(t.authorId, t.clientToken),
    foreignKey({
      name: 'proposals_call_fk',
      columns: [t.organisationId, t.callId],
      foreignColumns: [innovationCalls.organisationId, innovationCalls.id],
    }).onDelete('cascade'),
    // The category is one of this call's.
    foreignKey({
      name: 'proposals_category_fk',
      columns: [t.callId, t.categoryId],
      foreignColumns: [callCategories.callId, callCategories.id],
    }),
    check('proposals_state', sql`${t.state} in ('draft', 'submitted', 'withdrawn')`),
    check('proposals_title_length', sql`length(${t.title}) between 1 and 200`),
    check('proposals_problem_length', sql`length(${t.problem}) <= 5000`),
    check('proposals_solution_length', sql`length(${t.solution}) <= 5000`),
    check(
      'proposals_submitted_complete',
      sql`${t.state} <> 'submitted' or (${t.submittedAt} is not null and length(${t.problem}) > 0 and length(${t.solution}) > 0)`,
    ),
    index('proposals_call_state_idx').on(t.callId, t.state, t.submittedAt),
    index('proposals_author_idx').on(t.authorId, t.updatedAt),
  ],
);

export type Proposal = typeof proposals.$inferSelect;
