import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, updatedAt } from '../db/columns.ts';
import { organisations } from '../organisations/schema.ts';
import { users } from '../accounts/schema.ts';
import { innovationCalls } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';

/**
 * One evaluator on one proposal. A declared conflict of interest stays on the row (with its
 * reason) and turns `scorable` off: scores reference (assignment, scorable = true), so the
 * database itself refuses a score from a conflicted evaluator, and refuses declaring a conflict
 * while scores exist (the command removes them first, in the same transaction).
 */
export const evaluationAssignments = pgTable(
  'evaluation_assignments',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    evaluatorId: uuid('evaluator_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    assignedBy: uuid('assigned_by').references(() => users.id, { onDelete: 'set null' }),
    conflictDeclaredAt: at('conflict_declared_at'),
    conflictReason: text('conflict_reason'),
    scorable: boolean('scorable')
      .notNull()
      .generatedAlwaysAs(sql`conflict_declared_at is null`),
    /** Optimistic version of the evaluator's scores: every save must name the one it read. */
    version: integer('version').notNull().default(0),
    scoredAt: at('scored_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('evaluation_assignments_unique').on(t.proposalId, t.evaluatorId),
    unique('evaluation_assignments_scorable_key').on(t.id, t.scorable),
    check(
      'evaluation_assignments_conflict_reason',
      sql`(${t.conflictDeclaredAt} is null) = (${t.conflictReason} is null) and length(coalesce(${t.conflictReason}, 'x')) between 1 and 2000`,
    ),
    check('evaluation_assignments_version', sql`${t.version} >= 0`),
    index('evaluation_assignments_evaluator_idx').on(t.organisationId, t.evaluatorId),
  ],
);

/** One criterion's score (1–5) and comment, by an evaluator who is not conflicted. */
export const evaluationScores = pgTable(
  'evaluation_scores',
  {
    id: id(),
    assignmentId: uuid('assignment_id').notNull(),
    /** Always true: with the foreign key, a conflicted assignment can hold no score. */
    scorable: boolean('scorable').notNull().default(true),
    criterionKey: text('criterion_key').notNull(),
    score: smallint('score').notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('evaluation_scores_unique').on(t.assignmentId, t.criterionKey),
    foreignKey({
      name: 'evaluation_scores_assignment_fk',
      columns: [t.assignmentId, t.scorable],
      foreignColumns: [evaluationAssignments.id, evaluationAssignments.scorable],
    }).onDelete('cascade'),
    check('evaluation_scores_scorable', sql`${t.scorable}`),
    check('evaluation_scores_range', sql`${t.score} between 1 and 5`),
    check('evaluation_scores_comment_length', sql`length(${t.comment}) <= 2000`),
    check('evaluation_scores_criterion_length', sql`length(${t.criterionKey}) between 1 and 64`),
  ],
);

/**
 * A call's published results: the moment, who published, and the figures as they were then
 * (counts only — the public page names no person).
 */
export const callResults = pgTable(
  'call_results',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    callId: uuid('call_id').notNull(),
    publishedAt: at('published_at').notNull(),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
    figures: jsonb('figures').$type<ResultFigures>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('call_results_call_unique').on(t.callId),
    foreignKey({
      name: 'call_results_call_fk',
      columns: [t.organisationId, t.callId],
      foreignColumns: [innovationCalls.organisationId, innovationCalls.id],
    }).onDelete('cascade'),
  ],
);

export interface ResultFigures {
  proposals: number;
  authors: number;
  departments: number;
  selected: number;
  byCategory: { key: string; proposals: number; selected: number }[];
}

export type EvaluationAssignment = typeof evaluationAssignments.$inferSelect;
export type EvaluationScore = typeof evaluationScores.$inferSelect;
export type CallResult = typeof callResults.$inferSelect;
