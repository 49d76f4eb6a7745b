import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, updatedAt } from '../db/columns.ts';
import { users } from '../accounts/schema.ts';
import { departments, organisations } from '../organisations/schema.ts';
import { callCategories, innovationCalls } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import {
  CLIMATE_AREAS,
  MEMBER_ROLES,
  METRICS,
  MILESTONE_STATUSES,
  PROJECT_STATES,
  RECURRENCES,
  sqlList,
  type ClimateArea,
  type MemberRole,
  type Metric,
  type MilestoneStatus,
  type ProjectState,
  type Recurrence,
} from './states.ts';

/** Amounts are exact decimals (two places): sums on the dashboard equal sums in SQL. */
const amount = (name: string) => numeric(name, { precision: 16, scale: 2, mode: 'number' });

/**
 * A project carries one or several selected proposals to delivery. The call and category are
 * its first proposal's (the dashboard groups by them); the department owns the delivery.
 */
export const projects = pgTable(
  'projects',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    callId: uuid('call_id'),
    categoryId: uuid('category_id'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    state: text('state').$type<ProjectState>().notNull().default('planned'),
    departmentId: uuid('department_id').notNull(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** What the organisation allotted: people's time, money, tools, technical assistance. */
    support: text('support').notNull().default(''),
    /** Budget allotted, in whole RON (none: no money, only time). */
    budgetRon: integer('budget_ron'),
    climateArea: text('climate_area').$type<ClimateArea>(),
    stopReason: text('stop_reason'),
    lessonsLearnt: text('lessons_learnt'),
    implementedAt: at('implemented_at'),
    stoppedAt: at('stopped_at'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('projects_org_id_unique').on(t.organisationId, t.id),
    foreignKey({
      name: 'projects_department_fk',
      columns: [t.organisationId, t.departmentId],
      foreignColumns: [departments.organisationId, departments.id],
    }),
    foreignKey({
      name: 'projects_call_fk',
      columns: [t.organisationId, t.callId],
      foreignColumns: [innovationCalls.organisationId, innovationCalls.id],
    }),
    foreignKey({
      name: 'projects_category_fk',
      columns: [t.callId, t.categoryId],
      foreignColumns: [callCategories.callId, callCategories.id],
    }),
    check('projects_state', sql.raw(`state in (${sqlList(PROJECT_STATES)})`)),
    check(
      'projects_climate_area',
      sql.raw(`climate_area is null or climate_area in (${sqlList(CLIMATE_AREAS)})`),
    ),
    check('projects_title_length', sql`length(${t.title}) between 1 and 200`),
    check(
      'projects_text_lengths',
      sql`length(${t.summary}) <= 5000 and length(${t.support}) <= 2000 and length(coalesce(${t.stopReason}, '')) <= 5000 and length(coalesce(${t.lessonsLearnt}, '')) <= 5000`,
    ),
    check('projects_budget', sql`${t.budgetRon} is null or ${t.budgetRon} >= 0`),
    // Stopping says why and what was learnt (the requirement, held by the database too).
    check(
      'projects_stopped_explained',
      sql`${t.state} <> 'stopped' or (length(trim(coalesce(${t.stopReason}, ''))) > 0 and length(trim(coalesce(${t.lessonsLearnt}, ''))) > 0)`,
    ),
    check(
      'projects_implemented_at',
      sql`${t.state} <> 'implemented' or ${t.implementedAt} is not null`,
    ),
    index('projects_org_state_idx').on(t.organisationId, t.state),
    index('projects_department_idx').on(t.departmentId),
    index('projects_lead_idx').on(t.leadId),
  ],
);

/** The selected proposals a project delivers (one proposal, one project). */
export const projectProposals = pgTable(
  'project_proposals',
  {
    organisationId: uuid('organisation_id').notNull(),
    projectId: uuid('project_id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'project_proposals_pk', columns: [t.projectId, t.proposalId] }),
    unique('project_proposals_proposal_unique').on(t.proposalId),
    foreignKey({
      name: 'project_proposals_project_fk',
      columns: [t.organisationId, t.projectId],
      foreignColumns: [projects.organisationId, projects.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'project_proposals_proposal_fk',
      columns: [t.organisationId, t.proposalId],
      foreignColumns: [proposals.organisationId, proposals.id],
    }),
  ],
);

/** The team and the mentors (technical assistance); the lead is on the project itself. */
export const projectMembers = pgTable(
  'project_members',
  {
    organisationId: uuid('organisation_id').notNull(),
    projectId: uuid('project_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<MemberRole>().notNull(),
  },
  (t) => [
    primaryKey({ name: 'project_members_pk', columns: [t.projectId, t.userId, t.role] }),
    foreignKey({
      name: 'project_members_project_fk',
      columns: [t.organisationId, t.projectId],
      foreignColumns: [projects.organisationId, projects.id],
    }).onDelete('cascade'),
    check('project_members_role', sql.raw(`role in (${sqlList(MEMBER_ROLES)})`)),
    index('project_members_user_idx').on(t.userId),
  ],
);

/** People who asked to hear about a project (besides its authors, lead and team, who always do). */
export const projectFollowers = pgTable(
  'project_followers',
  {
    organisationId: uuid('organisation_id').notNull(),
    projectId: uuid('project_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'project_followers_pk', columns: [t.projectId, t.userId] }),
    foreignKey({
      name: 'project_followers_project_fk',
      columns: [t.organisationId, t.projectId],
      foreignColumns: [projects.organisationId, projects.id],
    }).onDelete('cascade'),
    index('project_followers_user_idx').on(t.userId),
  ],
);

export const projectMilestones = pgTable(
  'project_milestones',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    projectId: uuid('project_id').notNull(),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').$type<MilestoneStatus>().notNull().default('not_started'),
    /** Its share of the project's progress, relative to the other milestones' weights. */
    weight: integer('weight').notNull().default(1),
    doneAt: at('done_at'),
    /** When the lead was last told it is overdue (the reminder is sent once). */
    overdueRemindedAt: at('overdue_reminded_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: 'project_milestones_project_fk',
      columns: [t.organisationId, t.projectId],
      foreignColumns: [projects.organisationId, projects.id],
    }).onDelete('cascade'),
    check('project_milestones_status', sql.raw(`status in (${sqlList(MILESTONE_STATUSES)})`)),
    check('project_milestones_weight', sql`${t.weight} between 1 and 100`),
    check('project_milestones_title_length', sql`length(${t.title}) between 1 and 200`),
    check('project_milestones_done_at', sql`(${t.status} = 'done') = (${t.doneAt} is not null)`),
    index('project_milestones_project_idx').on(t.projectId, t.dueOn),
    index('project_milestones_due_idx')
      .on(t.dueOn)
      .where(sql`status <> 'done' and overdue_reminded_at is null`),
  ],
);

/** A status update: what happened, for the followers and the public page. */
export const projectUpdates = pgTable(
  'project_updates',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    projectId: uuid('project_id').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: 'project_updates_project_fk',
      columns: [t.organisationId, t.projectId],
      foreignColumns: [projects.organisationId, projects.id],
    }).onDelete('cascade'),
    check('project_updates_body_length', sql`length(${t.body}) between 1 and 5000`),
    index('project_updates_project_idx').on(t.projectId, t.createdAt),
  ],
);

/**
 * One saving: what is measured, before (baseline), the estimate, the measured value over a
 * period, how it was measured and the evidence. It reaches public totals only once verified by
 * a second person — never its author (a constraint here, and `savings.verify`) — and a verified
 * entry's figures can no longer change (a trigger: a correction is a new entry).
 */
export const savingsEntries = pgTable(
  'savings_entries',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    projectId: uuid('project_id').notNull(),
    metric: text('metric').$type<Metric>().notNull(),
    /** The unit of a custom metric ("forms", "visits"…); empty for the others. */
    customUnit: text('custom_unit'),
    baseline: amount('baseline'),
    estimate: amount('estimate'),
    measured: amount('measured'),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    recurrence: text('recurrence').$type<Recurrence>().notNull().default('one_off'),
    method: text('method').notNull(),
    evidence: text('evidence').notNull().default(''),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    verifiedBy: uuid('verified_by').references(() => users.id, { onDelete: 'restrict' }),
    verifiedAt: at('verified_at'),
    /** When the lead was last reminded that the next measurement is due. */
    measurementRemindedAt: at('measurement_reminded_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: 'savings_entries_project_fk',
      columns: [t.organisationId, t.projectId],
      foreignColumns: [projects.organisationId, projects.id],
    }).onDelete('cascade'),
    check('savings_entries_metric', sql.raw(`metric in (${sqlList(METRICS)})`)),
    check('savings_entries_recurrence', sql.raw(`recurrence in (${sqlList(RECURRENCES)})`)),
    check(
      'savings_entries_custom_unit',
      sql`(${t.metric} = 'custom') = (length(trim(coalesce(${t.customUnit}, ''))) > 0) and length(coalesce(${t.customUnit}, '')) <= 40`,
    ),
    check('savings_entries_period', sql`${t.periodEnd} >= ${t.periodStart}`),
    check(
      'savings_entries_text_lengths',
      sql`length(${t.method}) between 1 and 2000 and length(${t.evidence}) <= 2000`,
    ),
    // Never the author: the four-eyes rule, whatever the application does.
    check(
      'savings_entries_verifier_not_author',
      sql`${t.verifiedBy} is null or ${t.verifiedBy} <> ${t.authorId}`,
    ),
    check(
      'savings_entries_verified_complete',
      sql`(${t.verifiedBy} is null) = (${t.verifiedAt} is null) and (${t.verifiedAt} is null or ${t.measured} is not null)`,
    ),
    index('savings_entries_project_idx').on(t.projectId, t.periodEnd),
    index('savings_entries_verified_idx')
      .on(t.organisationId, t.metric, t.periodEnd)
      .where(sql`verified_at is not null`),
  ],
);

/** Who may sign off savings in an organisation (finance, quality), appointed by administrators. */
export const savingsVerifiers = pgTable(
  'savings_verifiers',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: 'savings_verifiers_pk', columns: [t.organisationId, t.userId] })],
);

/** A key performance indicator: a value before and after, each with its date. */
export const projectKpis = pgTable(
  'project_kpis',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    projectId: uuid('project_id').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull().default(''),
    beforeValue: amount('before_value').notNull(),
    beforeOn: date('before_on', { mode: 'string' }).notNull(),
    afterValue: amount('after_value'),
    afterOn: date('after_on', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: 'project_kpis_project_fk',
      columns: [t.organisationId, t.projectId],
      foreignColumns: [projects.organisationId, projects.id],
    }).onDelete('cascade'),
    check(
      'project_kpis_text_lengths',
      sql`length(${t.name}) between 1 and 200 and length(${t.unit}) <= 40`,
    ),
    check('project_kpis_after_pair', sql`(${t.afterValue} is null) = (${t.afterOn} is null)`),
    check('project_kpis_dates', sql`${t.afterOn} is null or ${t.afterOn} >= ${t.beforeOn}`),
    index('project_kpis_project_idx').on(t.projectId),
  ],
);

export type Project = typeof projects.$inferSelect;
export type Milestone = typeof projectMilestones.$inferSelect;
export type SavingsEntry = typeof savingsEntries.$inferSelect;
export type Kpi = typeof projectKpis.$inferSelect;
export type ProjectUpdate = typeof projectUpdates.$inferSelect;
