import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, updatedAt } from '../db/columns.ts';
import { organisations } from '../organisations/schema.ts';

export const JOB_STATES = ['queued', 'running', 'done', 'failed', 'dead'] as const;
export type JobState = (typeof JOB_STATES)[number];

/**
 * Background work, in the same database as the change that causes it (decision 020). A job is
 * queued inside a command's transaction, so it exists only if the change committed; a worker
 * claims it with FOR UPDATE SKIP LOCKED and holds a lease (`locked_until`); the handler's writes
 * and "done" commit together. `failed` waits for its retry at `run_at`; `dead` has no attempt
 * left. `dedupe_key` makes a schedule's slot or a one-off reminder a single job.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: id(),
    /** The organisation the work is for; null for the platform's own house-keeping. */
    organisationId: uuid('organisation_id').references(() => organisations.id, {
      onDelete: 'cascade',
    }),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<unknown>().notNull().default({}),
    state: text('state').$type<JobState>().notNull().default('queued'),
    runAt: at('run_at').notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lockedUntil: at('locked_until'),
    /** The claim's own token: only its holder may finish the job. */
    lockedBy: text('locked_by'),
    lastError: text('last_error'),
    dedupeKey: text('dedupe_key'),
    finishedAt: at('finished_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('jobs_dedupe_key_unique').on(t.dedupeKey),
    check('jobs_state', sql`${t.state} in ('queued', 'running', 'done', 'failed', 'dead')`),
    check('jobs_attempts', sql`${t.attempts} >= 0 and ${t.maxAttempts} >= 1`),
    check('jobs_kind_format', sql`${t.kind} ~ '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$'`),
    check('jobs_running_leased', sql`${t.state} <> 'running' or ${t.lockedUntil} is not null`),
    index('jobs_due_idx')
      .on(t.runAt)
      .where(sql`${t.state} in ('queued', 'failed')`),
    index('jobs_leased_idx')
      .on(t.lockedUntil)
      .where(sql`${t.state} = 'running'`),
    index('jobs_org_idx').on(t.organisationId, t.state, t.createdAt),
  ],
);

export type JobRow = typeof jobs.$inferSelect;
