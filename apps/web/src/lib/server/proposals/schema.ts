import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, updatedAt } from '../db/columns.ts';
import { users } from '../accounts/schema.ts';
import { callCategories, innovationCalls } from '../calls/schema.ts';
import { PROPOSAL_STATES, type ProposalState } from './states.ts';

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
    /** How the work is done today: its time and cost. */
    baseline: text('baseline').notNull().default(''),
    affectedDepartmentIds: uuid('affected_department_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** The smallest test that would prove it, and how long it takes. */
    mvpPlan: text('mvp_plan').notNull().default(''),
    mvpWeeks: integer('mvp_weeks'),
    /** What it needs: money (bani of RON) and staff-hours. */
    costMinor: bigint('cost_minor', { mode: 'number' }),
    staffHours: integer('staff_hours'),
    /** Estimated yearly benefits per metric (the projects module measures the same metrics). */
    yearlyBenefits: jsonb('yearly_benefits')
      .$type<YearlyBenefits>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** The formal check: per point of the call's checklist, passed or not, and a note. */
    formalCheck: jsonb('formal_check')
      .$type<FormalCheck>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    kpis: text('kpis').notNull().default(''),
    risks: text('risks').notNull().default(''),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    state: text('state').$type<ProposalState>().notNull().default('draft'),
    /** Set by the form when it is rendered: posting it twice never makes two proposals. */
    clientToken: uuid('client_token').notNull(),
    submittedAt: at('submitted_at'),
    /** What a moderator asked (clarification_requested), and what the authors answered. */
    clarificationRequest: text('clarification_request'),
    clarificationAnswer: text('clarification_answer'),
    /** A moderator's note with "eligible"; the reason for "ineligible" (shown to the authors). */
    reviewNote: text('review_note'),
    ineligibleReason: text('ineligible_reason'),
    /** The committee's recorded justification for "selected" or "not selected". */
    decisionJustification: text('decision_justification'),
    /** A duplicate merged into another proposal of the same call points at it. */
    mergedIntoId: uuid('merged_into_id'),
    reviewedAt: at('reviewed_at'),
    decidedAt: at('decided_at'),
    /**
     * Every author besides the lead, mirrored by a trigger from proposal_co_authors (migration
     * 0140): the permission rules and notifications read all authors from the row they hold.
     * Written only by the database; never shown to a reader who may not see the authors.
     */
    coAuthorIds: uuid('co_author_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** Raised by every save: a save carrying an older version is refused, never lost silently. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('proposals_author_client_token_unique').on(t.authorId, t.clientToken),
    unique('proposals_org_id_unique').on(t.organisationId, t.id),
    foreignKey({
      name: 'proposals_merged_into_fk',
      columns: [t.organisationId, t.mergedIntoId],
      foreignColumns: [t.organisationId, t.id] as [AnyPgColumn, AnyPgColumn],
    }),
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
    check(
      'proposals_state',
      sql.raw(`state in (${PROPOSAL_STATES.map((x) => `'${x}'`).join(', ')})`),
    ),
    check('proposals_title_length', sql`length(${t.title}) between 1 and 200`),
    check('proposals_problem_length', sql`length(${t.problem}) <= 5000`),
    check('proposals_solution_length', sql`length(${t.solution}) <= 5000`),
    check(
      'proposals_submitted_complete',
      sql`${t.state} in ('draft', 'withdrawn') or (${t.submittedAt} is not null and length(${t.problem}) > 0 and length(${t.solution}) > 0)`,
    ),
    check(
      'proposals_not_merged_into_itself',
      sql`${t.mergedIntoId} is null or ${t.mergedIntoId} <> ${t.id}`,
    ),
    check(
      'proposals_merged_has_target',
      sql`${t.state} <> 'merged' or ${t.mergedIntoId} is not null`,
    ),
    check(
      'proposals_ineligible_has_reason',
      sql`${t.state} <> 'ineligible' or length(trim(coalesce(${t.ineligibleReason}, ''))) > 0`,
    ),
    check(
      'proposals_clarification_has_request',
      sql`${t.state} <> 'clarification_requested' or length(trim(coalesce(${t.clarificationRequest}, ''))) > 0`,
    ),
    check(
      'proposals_decision_has_justification',
      sql`${t.state} not in ('selected', 'not_selected') or length(trim(coalesce(${t.decisionJustification}, ''))) > 0`,
    ),
    check(
      'proposals_reason_lengths',
      sql`length(coalesce(${t.clarificationRequest}, '')) <= 5000 and length(coalesce(${t.clarificationAnswer}, '')) <= 5000 and length(coalesce(${t.reviewNote}, '')) <= 5000 and length(coalesce(${t.ineligibleReason}, '')) <= 5000 and length(coalesce(${t.decisionJustification}, '')) <= 5000`,
    ),
    index('proposals_call_state_idx').on(t.callId, t.state, t.submittedAt),
    // A call's list in its order, carrying what its filters read (migration 0010): every page,
    // and the count, come from this index alone.
    index('proposals_call_listed_idx').on(t.callId, t.submittedAt.desc(), t.id.desc()),
    index('proposals_author_idx').on(t.authorId, t.updatedAt),
    // "My proposals" as co-author (migration 0403): `co_author_ids @> array[user]`.
    index('proposals_co_authors_idx').using('gin', t.coAuthorIds),
    check(
      'proposals_details_lengths',
      sql`length(${t.baseline}) <= 5000 and length(${t.mvpPlan}) <= 5000 and length(${t.kpis}) <= 5000 and length(${t.risks}) <= 5000`,
    ),
    check(
      'proposals_resources',
      sql`(${t.mvpWeeks} is null or ${t.mvpWeeks} between 1 and 104) and (${t.costMinor} is null or ${t.costMinor} >= 0) and (${t.staffHours} is null or ${t.staffHours} >= 0)`,
    ),
    check('proposals_yearly_benefits', sql`jsonb_typeof(${t.yearlyBenefits}) = 'object'`),
    check('proposals_formal_check', sql`jsonb_typeof(${t.formalCheck}) = 'object'`),
    index('proposals_merged_into_idx').on(t.mergedIntoId),
  ],
);

/** Yearly benefits per metric: ron_minor in bani; the others in their unit per year. */
export const BENEFIT_METRICS = [
  'ron_minor',
  'staff_hours',
  'paper_sheets',
  'kwh',
  'co2e_kg',
] as const;
export type YearlyBenefits = Partial<Record<(typeof BENEFIT_METRICS)[number], number>>;

export type FormalCheck = Record<string, { passed: boolean; note?: string }>;

export type Proposal = typeof proposals.$inferSelect;
