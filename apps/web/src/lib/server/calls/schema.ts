import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, localized, localizedHasRomanian, updatedAt } from '../db/columns.ts';
import { organisations } from '../organisations/schema.ts';
import { users } from '../accounts/schema.ts';
import type { CallState } from './lifecycle.ts';
import type { LocalizedText } from '../../i18n/localized.ts';

/** One point of the formal check moderators go through (pass or fail, with a note). */
export interface ChecklistItem {
  key: string;
  label: LocalizedText;
}

export const innovationCalls = pgTable(
  'innovation_calls',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: localized('title'),
    description: localized('description'),
    /** internal: the organisation's employees only; public: anyone can read. */
    audience: text('audience').$type<'internal' | 'public'>().notNull().default('internal'),
    state: text('state').$type<CallState>().notNull().default('draft'),
    opensAt: at('opens_at').notNull(),
    closesAt: at('closes_at').notNull(),
    /** The evaluation runs from closesAt to here; the decision is announced at decisionAt. */
    evaluationEndsAt: at('evaluation_ends_at'),
    decisionAt: at('decision_at'),
    /** Who may submit: departments (none listed: all), roles, staff grades left out. */
    eligibleDepartmentIds: uuid('eligible_department_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    eligibleRoles: text('eligible_roles')
      .array()
      .notNull()
      .default(sql`'{employee}'::text[]`),
    excludedGrades: text('excluded_grades')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    allowsIndividual: boolean('allows_individual').notNull().default(true),
    allowsTeam: boolean('allows_team').notNull().default(true),
    /** Authors of one proposal, the first author included. */
    maxTeamSize: integer('max_team_size').default(5),
    /** Optional tags authors may put on their proposals. */
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The jury never learns who wrote a proposal (the evaluation module reads this). */
    anonymousToJury: boolean('anonymous_to_jury').notNull().default(true),
    checklist: jsonb('checklist')
      .$type<ChecklistItem[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    winnersCount: integer('winners_count'),
    supportKind: text('support_kind')
      .$type<'budget' | 'technical_assistance' | 'both'>()
      .notNull()
      .default('budget'),
    /** The budget on offer, in minor units (bani) of supportCurrency. */
    supportBudgetMinor: bigint('support_budget_minor', { mode: 'number' }),
    supportCurrency: text('support_currency').notNull().default('RON'),
    supportDescription: jsonb('support_description').$type<LocalizedText>(),
    /** Raised by every edit: an edit made on an older version is refused, never lost. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('innovation_calls_org_id_unique').on(t.organisationId, t.id),
    check('innovation_calls_dates', sql`${t.closesAt} > ${t.opensAt}`),
    check('innovation_calls_audience', sql`${t.audience} in ('internal', 'public')`),
    check('innovation_calls_state', sql`${t.state} in ('draft', 'open', 'closed')`),
    check('innovation_calls_title_ro', localizedHasRomanian('title')),
    check(
      'innovation_calls_phase_dates',
      sql`(${t.evaluationEndsAt} is null or ${t.evaluationEndsAt} >= ${t.closesAt}) and (${t.decisionAt} is null or ${t.decisionAt} >= coalesce(${t.evaluationEndsAt}, ${t.closesAt}))`,
    ),
    check(
      'innovation_calls_submission_modes',
      sql`(${t.allowsIndividual} or ${t.allowsTeam}) and (not ${t.allowsTeam} or ${t.maxTeamSize} between 2 and 20)`,
    ),
    check(
      'innovation_calls_eligible_roles',
      sql`${t.eligibleRoles} <@ array['participant','employee','evaluator','moderator','admin']::text[] and cardinality(${t.eligibleRoles}) > 0`,
    ),
    check(
      'innovation_calls_winners',
      sql`${t.winnersCount} is null or ${t.winnersCount} between 1 and 1000`,
    ),
    check(
      'innovation_calls_support',
      sql`${t.supportKind} in ('budget', 'technical_assistance', 'both') and (${t.supportBudgetMinor} is null or ${t.supportBudgetMinor} >= 0)`,
    ),
    index('innovation_calls_org_idx').on(t.organisationId, t.opensAt),
  ],
);

export const callCategories = pgTable(
  'call_categories',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    callId: uuid('call_id').notNull(),
    key: text('key').notNull(),
    name: localized('name'),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    unique('call_categories_call_key_unique').on(t.callId, t.key),
    unique('call_categories_call_id_unique').on(t.callId, t.id),
    foreignKey({
      name: 'call_categories_call_fk',
      columns: [t.organisationId, t.callId],
      foreignColumns: [innovationCalls.organisationId, innovationCalls.id],
    }).onDelete('cascade'),
    check('call_categories_name_ro', localizedHasRomanian('name')),
  ],
);

/**
 * A call's rubric: each criterion scored 1–5 by the jury, weighted (relative weights), with
 * what each level means (five texts, or none). The evaluation module reads it with rubricOf().
 */
export const callCriteria = pgTable(
  'call_criteria',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    callId: uuid('call_id').notNull(),
    key: text('key').notNull(),
    name: localized('name'),
    description: jsonb('description').$type<LocalizedText>(),
    weight: integer('weight').notNull(),
    levels: jsonb('levels').$type<LocalizedText[]>().notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    unique('call_criteria_call_key_unique').on(t.callId, t.key),
    foreignKey({
      name: 'call_criteria_call_fk',
      columns: [t.organisationId, t.callId],
      foreignColumns: [innovationCalls.organisationId, innovationCalls.id],
    }).onDelete('cascade'),
    check('call_criteria_name_ro', localizedHasRomanian('name')),
    check('call_criteria_weight', sql`${t.weight} between 1 and 100`),
    check(
      'call_criteria_levels',
      sql`jsonb_typeof(${t.levels}) = 'array' and jsonb_array_length(${t.levels}) in (0, 5)`,
    ),
    check('call_criteria_key_format', sql`${t.key} ~ '^[a-z0-9_]{1,64}$'`),
  ],
);

export type InnovationCall = typeof innovationCalls.$inferSelect;
export type CallCriterion = typeof callCriteria.$inferSelect;
export type CallCategory = typeof callCategories.$inferSelect;
