import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import {
  type AnyPgColumn,
  bigint,
  boolean,
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
import { at, createdAt, id, localized, localizedHasRomanian, updatedAt } from '../db/columns.ts';
import { organisations } from '../organisations/schema.ts';
import { users } from '../accounts/schema.ts';
import type { Phase, ProcessState } from './phases.ts';
import type { BallotRule, CountingRule } from './ballot-rule.ts';

const money = (name: string) => bigint(name, { mode: 'number' });

export const pbProcesses = pgTable(
  'pb_processes',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: localized('title'),
    description: localized('description'),
    /** public: citizens; internal: the organisation's employees are the electorate. */
    audience: text('audience').$type<'public' | 'internal'>().notNull().default('public'),
    state: text('state').$type<ProcessState>().notNull().default('draft'),
    /** Minor units (cents) of `currency`. */
    budget: money('budget').notNull(),
    projectCap: money('project_cap').notNull(),
    currency: text('currency').notNull().default('EUR'),
    ballotRule: jsonb('ballot_rule').$type<BallotRule>().notNull(),
    countingRule: text('counting_rule').$type<CountingRule>().notNull().default('cluj'),
    /** Cluj's rule: how many projects are funded at most (15 in Cluj-Napoca). */
    maxWinners: integer('max_winners').notNull().default(15),
    /** Voters declare their birth year; those turning this age this year or older may vote. */
    minAge: integer('min_age').notNull().default(18),
    /** Set when voting first opens; from then on the rules above are locked (a trigger too). */
    votingOpenedAt: at('voting_opened_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('pb_processes_org_id_unique').on(t.organisationId, t.id),
    check('pb_processes_audience', sql`${t.audience} in ('public', 'internal')`),
    check(
      'pb_processes_state',
      sql`${t.state} in ('draft', 'information', 'submission', 'analysis', 'appeals', 'voting', 'validation', 'results', 'implementation')`,
    ),
    check('pb_processes_budget', sql`${t.budget} > 0 and ${t.projectCap} > 0`),
    check('pb_processes_counting_rule', sql`${t.countingRule} in ('cluj', 'greedy', 'mes-add1')`),
    // Voting and the phases after it are reached only through opening voting, which records it.
    check(
      'pb_processes_voting_opened',
      sql`${t.state} not in ('voting', 'validation', 'results', 'implementation') or ${t.votingOpenedAt} is not null`,
    ),
    check('pb_processes_min_age', sql`${t.minAge} between 0 and 120`),
    check('pb_processes_max_winners', sql`${t.maxWinners} between 1 and 1000`),
    check('pb_processes_title_ro', localizedHasRomanian('title')),
    index('pb_processes_org_idx').on(t.organisationId, t.createdAt),
  ],
);

/** The phases a process uses, with their start dates: its timeline. */
export const pbPhases = pgTable(
  'pb_phases',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    processId: uuid('process_id').notNull(),
    phase: text('phase').$type<Phase>().notNull(),
    startsAt: at('starts_at').notNull(),
  },
  (t) => [
    unique('pb_phases_process_phase_unique').on(t.processId, t.phase),
    foreignKey({
      name: 'pb_phases_process_fk',
      columns: [t.organisationId, t.processId],
      foreignColumns: [pbProcesses.organisationId, pbProcesses.id],
    }).onDelete('cascade'),
    check(
      'pb_phases_phase',
      sql`${t.phase} in ('information', 'submission', 'analysis', 'appeals', 'voting', 'validation', 'results', 'implementation')`,
    ),
  ],
);

/** Domains (Cluj's six by default), each with an optional vote limit of its own. */
export const pbDomains = pgTable(
  'pb_domains',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    processId: uuid('process_id').notNull(),
    key: text('key').notNull(),
    name: localized('name'),
    position: integer('position').notNull().default(0),
    /** At most this many votes in this domain (overrides the ballot rule's per-domain limit). */
    maxVotes: integer('max_votes'),
  },
  (t) => [
    unique('pb_domains_process_key_unique').on(t.processId, t.key),
    unique('pb_domains_process_id_unique').on(t.processId, t.id),
    foreignKey({
      name: 'pb_domains_process_fk',
      columns: [t.organisationId, t.processId],
      foreignColumns: [pbProcesses.organisationId, pbProcesses.id],
    }).onDelete('cascade'),
    check('pb_domains_max_votes', sql`${t.maxVotes} is null or ${t.maxVotes} >= 1`),
    check('pb_domains_name_ro', localizedHasRomanian('name')),
  ],
);

/** The projects on the ballot, with the city's cost estimate (what voters see). */
export const pbProjects = pgTable(
  'pb_projects',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    processId: uuid('process_id').notNull(),
    domainId: uuid('domain_id').notNull(),
    /** Short public number (the .pb file's project_id). */
    number: integer('number').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    cost: money('cost').notNull(),
    location: text('location'),
    /** Where the project is (WGS 84), for the map and its list; both or neither. */
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('pb_projects_process_number_unique').on(t.processId, t.number),
    foreignKey({
      name: 'pb_projects_process_fk',
      columns: [t.organisationId, t.processId],
      foreignColumns: [pbProcesses.organisationId, pbProcesses.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'pb_projects_domain_fk',
      columns: [t.processId, t.domainId],
      foreignColumns: [pbDomains.processId, pbDomains.id],
    }),
    check('pb_projects_cost', sql`${t.cost} > 0`),
    // Web maps (Mercator) stop at ±85°; nothing a city builds is beyond.
    check(
      'pb_projects_coordinates',
      sql`(${t.latitude} is null) = (${t.longitude} is null) and (${t.latitude} is null or (${t.latitude} between -85 and 85 and ${t.longitude} between -180 and 180))`,
    ),
    check('pb_projects_title_length', sql`length(${t.title}) between 1 and 200`),
    check('pb_projects_summary_length', sql`length(${t.summary}) <= 5000`),
    index('pb_projects_process_idx').on(t.processId, t.domainId, t.number),
  ],
);

export type PbProcess = typeof pbProcesses.$inferSelect;
export type PbPhase = typeof pbPhases.$inferSelect;
export type PbDomain = typeof pbDomains.$inferSelect;
export type PbProject = typeof pbProjects.$inferSelect;

/** The row belongs to a process of the same organisation. */
export const inProcess = (
  name: string,
  t: { organisationId: AnyPgColumn; processId: AnyPgColumn },
) =>
  foreignKey({
    name,
    columns: [t.organisationId, t.processId],
    foreignColumns: [pbProcesses.organisationId, pbProcesses.id],
  }).onDelete('cascade');

/** A person's declaration for a process: their relation to the city and their birth year. */
export const pbParticipants = pgTable(
  'pb_participants',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    processId: uuid('process_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    relation: text('relation').$type<'lives' | 'works' | 'studies'>().notNull(),
    birthYear: integer('birth_year').notNull(),
    declaredAt: at('declared_at').notNull(),
  },
  (t) => [
    unique('pb_participants_process_user_unique').on(t.processId, t.userId),
    inProcess('pb_participants_process_fk', t),
    check('pb_participants_relation', sql`${t.relation} in ('lives', 'works', 'studies')`),
    check('pb_participants_birth_year', sql`${t.birthYear} between 1900 and 2100`),
  ],
);

/** One-time voting codes, printed by administrators: each works once, for one process. */
export const pbVotingCodes = pgTable(
  'pb_voting_codes',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    processId: uuid('process_id').notNull(),
    /** SHA-256 of the code (codes are random, 60 bits: no slow hash needed). Never the code. */
    codeHash: text('code_hash').notNull(),
    batch: integer('batch').notNull(),
    createdAt: createdAt(),
    usedAt: at('used_at'),
  },
  (t) => [
    unique('pb_voting_codes_hash_unique').on(t.codeHash),
    inProcess('pb_voting_codes_process_fk', t),
    index('pb_voting_codes_process_idx').on(t.processId, t.batch),
  ],
);

/**
 * The voter roll: who voted (an account or a code), never what. Kept apart from the ballots;
 * nothing in either table points at the other.
 */
export const pbVoterRoll = pgTable(
  'pb_voter_roll',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    processId: uuid('process_id').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    codeId: uuid('code_id').references(() => pbVotingCodes.id, { onDelete: 'restrict' }),
    votedAt: at('voted_at').notNull(),
    /** How many times the voter changed their ballot. */
    changes: integer('changes').notNull().default(0),
    /** How the ballot came: the booth with an account, a one-time code, or the city desk. */
    channel: text('channel').$type<RollChannel>().notNull().default('online'),
    /**
     * A person without an account who voted at the desk: a keyed hash of their identity
     * document (decision 053), so the same document cannot vote twice in this process.
     */
    personKey: text('person_key'),
    /** A coarse network prefix (/24, /48) for the anomaly checks; erased at publication. */
    network: text('network'),
  },
  (t) => [
    unique('pb_voter_roll_process_user_unique').on(t.processId, t.userId),
    unique('pb_voter_roll_code_unique').on(t.codeId),
    unique('pb_voter_roll_process_person_unique').on(t.processId, t.personKey),
    inProcess('pb_voter_roll_process_fk', t),
    check(
      'pb_voter_roll_one_voter',
      sql`num_nonnulls(${t.userId}, ${t.codeId}, ${t.personKey}) <= 1`,
    ),
    check(
      'pb_voter_roll_channel',
      sql`${t.channel} in ('online', 'code', 'assisted') and (${t.codeId} is null or ${t.channel} = 'code') and (${t.personKey} is null or ${t.channel} = 'assisted')`,
    ),
  ],
);

export const ROLL_CHANNELS = ['online', 'code', 'assisted'] as const;
export type RollChannel = (typeof ROLL_CHANNELS)[number];
export const DOCUMENT_KINDS = [
  'identity_card',
  'passport',
  'residence_permit',
  'driving_licence',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Who at the city desk recorded a ballot for a person, and which identity document they saw:
 * beside the roll entry, never beside the ballot (its content stays secret).
 */
export const pbDeskAssists = pgTable(
  'pb_desk_assists',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    processId: uuid('process_id').notNull(),
    rollId: uuid('roll_id')
      .notNull()
      .references(() => pbVoterRoll.id, { onDelete: 'cascade' }),
    assistedBy: uuid('assisted_by').references(() => users.id, { onDelete: 'set null' }),
    documentKind: text('document_kind').$type<DocumentKind>().notNull(),
    recordedAt: at('recorded_at').notNull(),
  },
  (t) => [
    unique('pb_desk_assists_roll_unique').on(t.rollId),
    inProcess('pb_desk_assists_process_fk', t),
    check(
      'pb_desk_assists_document',
      sql`${t.documentKind} in ('identity_card', 'passport', 'residence_permit', 'driving_licence')`,
    ),
  ],
);

/**
 * Paper ballots, entered by batch at the desk. A batch counts once a second person — not the
 * one who entered it — confirmed it (the domain refuses, and so does the check constraint).
 */
export const pbPaperBatches = pgTable(
  'pb_paper_batches',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    processId: uuid('process_id').notNull(),
    number: integer('number').notNull(),
    ballotCount: integer('ballot_count').notNull(),
    enteredBy: uuid('entered_by').references(() => users.id, { onDelete: 'set null' }),
    enteredAt: at('entered_at').notNull(),
    confirmedBy: uuid('confirmed_by').references(() => users.id, { onDelete: 'set null' }),
    confirmedAt: at('confirmed_at'),
  },
  (t) => [
    unique('pb_paper_batches_number_unique').on(t.processId, t.number),
    inProcess('pb_paper_batches_process_fk', t),
    check('pb_paper_batches_count', sql`${t.ballotCount} > 0`),
    check(
      'pb_paper_batches_four_eyes',
      sql`${t.confirmedBy} is null or ${t.enteredBy} is null or ${t.confirmedBy} <> ${t.enteredBy}`,
    ),
  ],
);

/**
 * The ballots: what was chosen, never by whom. The id is random (not time-ordered), there is no
 * timestamp, and `voter_tag` — a keyed hash that lets the voter's own account replace their
 * ballot, and lets the database refuse a second one — is erased when voting closes.
 */
export const pbBallots = pgTable(
  'pb_ballots',
  {
    id: uuid('id')
      .primaryKey()
      .$defaultFn(() => randomUUID()),
    organisationId: uuid('organisation_id').notNull(),
    processId: uuid('process_id').notNull(),
    voterTag: text('voter_tag'),
    /** SHA-256 of the receipt code the voter keeps. */
    receiptHash: text('receipt_hash').notNull(),
    projectIds: uuid('project_ids').array().notNull(),
    points: integer('points').array().notNull(),
    /** A paper ballot's batch: it counts once the batch is confirmed. */
    batchId: uuid('batch_id').references((): AnyPgColumn => pbPaperBatches.id, {
      onDelete: 'cascade',
    }),
    /** Left out of the count after validation (pb_invalidations says why, of the roll entry). */
    invalidated: boolean('invalidated').notNull().default(false),
  },
  (t) => [
    unique('pb_ballots_one_per_voter').on(t.processId, t.voterTag),
    unique('pb_ballots_receipt_unique').on(t.receiptHash),
    inProcess('pb_ballots_process_fk', t),
    index('pb_ballots_batch_idx').on(t.batchId),
    check('pb_ballots_paper_untagged', sql`${t.batchId} is null or ${t.voterTag} is null`),
    check(
      'pb_ballots_shape',
      sql`cardinality(${t.projectIds}) > 0 and cardinality(${t.projectIds}) = cardinality(${t.points})`,
    ),
  ],
);

/**
 * A roll entry's ballot left out of the count, and why (vote validation, decision 053). It
 * names the roll entry — who voted — never the ballot, so it says nothing of what was chosen.
 */
export const pbInvalidations = pgTable(
  'pb_invalidations',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    processId: uuid('process_id').notNull(),
    rollId: uuid('roll_id')
      .notNull()
      .references(() => pbVoterRoll.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    invalidatedBy: uuid('invalidated_by').references(() => users.id, { onDelete: 'set null' }),
    invalidatedAt: at('invalidated_at').notNull(),
  },
  (t) => [
    unique('pb_invalidations_roll_unique').on(t.rollId),
    inProcess('pb_invalidations_process_fk', t),
    check('pb_invalidations_reason', sql`char_length(btrim(${t.reason})) between 3 and 2000`),
  ],
);

/**
 * A published result: the rule it was counted with, the funded projects (their numbers), and
 * the anonymous ballots with the outcome as a pabulib `.pb` file — what anyone can recount.
 */
export const pbResults = pgTable(
  'pb_results',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    processId: uuid('process_id').notNull(),
    rule: text('rule').$type<CountingRule>().notNull(),
    winners: text('winners').array().notNull(),
    pbFile: text('pb_file').notNull(),
    publishedAt: at('published_at').notNull(),
  },
  (t) => [
    unique('pb_results_process_unique').on(t.processId),
    inProcess('pb_results_process_fk', t),
  ],
);

export type PbResult = typeof pbResults.$inferSelect;
