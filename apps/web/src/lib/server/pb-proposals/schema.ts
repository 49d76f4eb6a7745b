import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, updatedAt } from '../db/columns.ts';
import { users } from '../accounts/schema.ts';
import { inProcess, pbDomains, pbProjects } from '../pb/schema.ts';
import type { ChecklistItem } from '../calls/schema.ts';
import type { FormalCheck } from '../proposals/schema.ts';
import type { PbProposalState } from './states.ts';

const money = (name: string) => bigint(name, { mode: 'number' });

/**
 * How a process takes proposals: at most `perDomainLimit` per person per domain (Cluj: 1), a
 * group of at least `minGroupSize` authors (Com'ON: 3; 1 means alone is fine), and the analysis
 * checklist (Cluj's nine criteria by default) — the innovation call's ChecklistItem shape.
 * A process without a row takes the defaults (rules.ts).
 */
export const pbProposalRules = pgTable(
  'pb_proposal_rules',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    processId: uuid('process_id').notNull(),
    perDomainLimit: integer('per_domain_limit').notNull().default(1),
    minGroupSize: integer('min_group_size').notNull().default(1),
    checklist: jsonb('checklist').$type<ChecklistItem[]>().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('pb_proposal_rules_process_unique').on(t.processId),
    inProcess('pb_proposal_rules_process_fk', t),
    check('pb_proposal_rules_per_domain_limit', sql`${t.perDomainLimit} between 1 and 20`),
    check('pb_proposal_rules_min_group_size', sql`${t.minGroupSize} between 1 and 50`),
    check(
      'pb_proposal_rules_checklist',
      sql`jsonb_typeof(${t.checklist}) = 'array' and jsonb_array_length(${t.checklist}) between 1 and 30`,
    ),
  ],
);

/**
 * A citizen's proposal in a process. Eligible, it becomes a project on the ballot (`projectId`)
 * at the city's cost estimate. The cap per project and the per-domain limit are also enforced by
 * the trigger pb_proposals_within_rules (migration 0250).
 */
export const pbProposals = pgTable(
  'pb_proposals',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    processId: uuid('process_id').notNull(),
    domainId: uuid('domain_id').notNull(),
    authorId: uuid('author_id').notNull(),
    /** Short public number within the process. */
    number: integer('number').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    address: text('address'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** The authors' estimate, minor units of the process's currency, VAT included. */
    cost: money('cost').notNull(),
    state: text('state').$type<PbProposalState>().notNull().default('draft'),
    /** Which of the author's places in the domain this proposal takes (1…limit) once submitted. */
    domainSlot: integer('domain_slot'),
    /** Set by the form when rendered: posting it twice never makes two proposals. */
    clientToken: uuid('client_token').notNull(),
    /** Per criterion of the process's checklist: passed or not, and a note. */
    analysis: jsonb('analysis')
      .$type<FormalCheck>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** The city's own estimate: the cost voters see. */
    cityCost: money('city_cost'),
    ineligibleReason: text('ineligible_reason'),
    mergedIntoId: uuid('merged_into_id'),
    projectId: uuid('project_id'),
    submittedAt: at('submitted_at'),
    decidedAt: at('decided_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('pb_proposals_org_id_unique').on(t.organisationId, t.id),
    unique('pb_proposals_process_id_unique').on(t.processId, t.id),
    unique('pb_proposals_process_number_unique').on(t.processId, t.number),
    unique('pb_proposals_client_token_unique').on(t.authorId, t.clientToken),
    unique('pb_proposals_per_domain').on(t.processId, t.authorId, t.domainId, t.domainSlot),
    inProcess('pb_proposals_process_fk', t),
    foreignKey({
      name: 'pb_proposals_domain_fk',
      columns: [t.processId, t.domainId],
      foreignColumns: [pbDomains.processId, pbDomains.id],
    }),
    foreignKey({
      name: 'pb_proposals_author_fk',
      columns: [t.authorId],
      foreignColumns: [users.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'pb_proposals_merged_into_fk',
      columns: [t.processId, t.mergedIntoId],
      foreignColumns: [t.processId, t.id],
    }),
    foreignKey({
      name: 'pb_proposals_project_fk',
      columns: [t.projectId],
      foreignColumns: [pbProjects.id],
    }).onDelete('set null'),
    check(
      'pb_proposals_state',
      sql`${t.state} in ('draft', 'submitted', 'eligible', 'ineligible', 'merged', 'withdrawn')`,
    ),
    check('pb_proposals_title_length', sql`length(${t.title}) between 1 and 200`),
    check('pb_proposals_description_length', sql`length(${t.description}) between 1 and 5000`),
    check(
      'pb_proposals_address_length',
      sql`${t.address} is null or length(${t.address}) between 1 and 300`,
    ),
    check(
      'pb_proposals_coordinates',
      sql`(${t.latitude} is null) = (${t.longitude} is null) and (${t.latitude} is null or (${t.latitude} between -90 and 90 and ${t.longitude} between -180 and 180))`,
    ),
    check('pb_proposals_cost', sql`${t.cost} > 0 and (${t.cityCost} is null or ${t.cityCost} > 0)`),
    check(
      'pb_proposals_slot',
      sql`${t.domainSlot} is null or (${t.domainSlot} >= 1 and ${t.state} <> 'draft' and ${t.state} <> 'withdrawn')`,
    ),
    check(
      'pb_proposals_submitted',
      sql`${t.state} in ('draft', 'withdrawn') or ${t.submittedAt} is not null`,
    ),
    check(
      'pb_proposals_ineligible_reason',
      sql`${t.state} <> 'ineligible' or length(coalesce(${t.ineligibleReason}, '')) between 1 and 5000`,
    ),
    check(
      'pb_proposals_merged',
      sql`(${t.state} = 'merged') = (${t.mergedIntoId} is not null) and (${t.mergedIntoId} is null or ${t.mergedIntoId} <> ${t.id})`,
    ),
    check('pb_proposals_eligible_cost', sql`${t.state} <> 'eligible' or ${t.cityCost} is not null`),
    index('pb_proposals_process_idx').on(t.processId, t.state, t.number),
    index('pb_proposals_author_idx').on(t.authorId),
  ],
);

/** Co-authors of a group proposal: invited by the author, counted once they accept. */
export const pbProposalMembers = pgTable(
  'pb_proposal_members',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    processId: uuid('process_id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    userId: uuid('user_id').notNull(),
    state: text('state').$type<'invited' | 'accepted'>().notNull().default('invited'),
    invitedAt: at('invited_at').notNull(),
    acceptedAt: at('accepted_at'),
  },
  (t) => [
    unique('pb_proposal_members_unique').on(t.proposalId, t.userId),
    inProcess('pb_proposal_members_process_fk', t),
    foreignKey({
      name: 'pb_proposal_members_proposal_fk',
      columns: [t.processId, t.proposalId],
      foreignColumns: [pbProposals.processId, pbProposals.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'pb_proposal_members_user_fk',
      columns: [t.userId],
      foreignColumns: [users.id],
    }).onDelete('cascade'),
    check('pb_proposal_members_state', sql`${t.state} in ('invited', 'accepted')`),
    check(
      'pb_proposal_members_accepted',
      sql`(${t.state} = 'accepted') = (${t.acceptedAt} is not null)`,
    ),
    index('pb_proposal_members_user_idx').on(t.userId),
  ],
);

/** One appeal per ineligible proposal, in the appeals phase; decided with public reasons. */
export const pbAppeals = pgTable(
  'pb_appeals',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    processId: uuid('process_id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    appellantId: uuid('appellant_id'),
    text: text('text').notNull(),
    state: text('state').$type<'pending' | 'upheld' | 'rejected'>().notNull().default('pending'),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by'),
    decidedAt: at('decided_at'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('pb_appeals_proposal_unique').on(t.proposalId),
    inProcess('pb_appeals_process_fk', t),
    foreignKey({
      name: 'pb_appeals_proposal_fk',
      columns: [t.processId, t.proposalId],
      foreignColumns: [pbProposals.processId, pbProposals.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'pb_appeals_appellant_fk',
      columns: [t.appellantId],
      foreignColumns: [users.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'pb_appeals_decided_by_fk',
      columns: [t.decidedBy],
      foreignColumns: [users.id],
    }).onDelete('set null'),
    check('pb_appeals_state', sql`${t.state} in ('pending', 'upheld', 'rejected')`),
    check('pb_appeals_text_length', sql`length(${t.text}) between 1 and 5000`),
    check(
      'pb_appeals_decided',
      sql`(${t.state} = 'pending') = (${t.decidedAt} is null) and (${t.state} = 'pending' or length(coalesce(${t.decisionReason}, '')) between 1 and 5000)`,
    ),
  ],
);

export type PbProposal = typeof pbProposals.$inferSelect;
export type PbProposalMember = typeof pbProposalMembers.$inferSelect;
export type PbAppeal = typeof pbAppeals.$inferSelect;
