import { type AnyPgColumn, foreignKey, index, pgTable, unique, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id } from '../db/columns.ts';
import { users } from '../accounts/schema.ts';
import { innovationCalls } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import { inProcess, pbProjects } from '../pb/schema.ts';

/**
 * A call's staff vote (decision 058): an internal participatory-budgeting process — its booth,
 * ballot rules and counting engine — linked to the call, one per call. The staff's choice is
 * shown on the call's results page once an administrator publishes it there.
 */
export const callStaffVotes = pgTable(
  'call_staff_votes',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    callId: uuid('call_id').notNull(),
    processId: uuid('process_id').notNull(),
    /** When an administrator put the staff's choice on the call's results page. */
    publishedAt: at('published_at'),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('call_staff_votes_call_unique').on(t.callId),
    unique('call_staff_votes_process_unique').on(t.processId),
    foreignKey({
      name: 'call_staff_votes_call_fk',
      columns: [t.organisationId, t.callId],
      foreignColumns: [innovationCalls.organisationId, innovationCalls.id],
    }).onDelete('cascade'),
    inProcess('call_staff_votes_process_fk', t),
  ],
);

/** Which proposal of the call each project on the staff ballot is (never who wrote it). */
export const callStaffVoteProjects = pgTable(
  'call_staff_vote_projects',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    processId: uuid('process_id').notNull(),
    projectId: uuid('project_id')
      .notNull()
      .references((): AnyPgColumn => pbProjects.id, { onDelete: 'cascade' }),
    proposalId: uuid('proposal_id').notNull(),
  },
  (t) => [
    unique('call_staff_vote_projects_project_unique').on(t.projectId),
    unique('call_staff_vote_projects_proposal_unique').on(t.processId, t.proposalId),
    inProcess('call_staff_vote_projects_process_fk', t),
    foreignKey({
      name: 'call_staff_vote_projects_proposal_fk',
      columns: [t.organisationId, t.proposalId],
      foreignColumns: [proposals.organisationId, proposals.id],
    }).onDelete('cascade'),
    index('call_staff_vote_projects_proposal_idx').on(t.proposalId),
  ],
);

export type CallStaffVote = typeof callStaffVotes.$inferSelect;
