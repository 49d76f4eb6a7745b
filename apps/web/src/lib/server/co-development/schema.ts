import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, updatedAt } from '../db/columns.ts';
import { users } from '../accounts/schema.ts';
import { proposals } from '../proposals/schema.ts';

/** The longest comment, report or moderator's reason (characters). */
export const COMMENT_MAX = 5000;
export const REASON_MAX = 1000;

/**
 * A comment on a proposal, or a reply to one: one level of replies only. The database holds
 * that too (decision 080): a comment's `depth` is 0 or 1, a reply's parent is a comment of the
 * same proposal whose `reply_depth` (its depth + 1) equals the reply's depth, so a reply to a
 * reply (whose parent's reply_depth is 2) cannot be written.
 */
export const proposalComments = pgTable(
  'proposal_comments',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    parentId: uuid('parent_id'),
    depth: smallint('depth').notNull().default(0),
    replyDepth: smallint('reply_depth').generatedAlwaysAs(sql`depth + 1`),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** As written; emptied when its author deletes it (the audit log keeps what it said). */
    body: text('body').notNull(),
    editedAt: at('edited_at'),
    deletedAt: at('deleted_at'),
    /** Hidden by a moderator, with the reason shown in its place. */
    hiddenAt: at('hidden_at'),
    hiddenById: uuid('hidden_by_id').references(() => users.id, { onDelete: 'set null' }),
    hiddenReason: text('hidden_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: 'proposal_comments_proposal_fk',
      columns: [t.organisationId, t.proposalId],
      foreignColumns: [proposals.organisationId, proposals.id],
    }).onDelete('cascade'),
    unique('proposal_comments_reply_target').on(t.organisationId, t.proposalId, t.id, t.replyDepth),
    foreignKey({
      name: 'proposal_comments_one_level_of_replies',
      columns: [t.organisationId, t.proposalId, t.parentId, t.depth],
      foreignColumns: [t.organisationId, t.proposalId, t.id, t.replyDepth] as [
        AnyPgColumn,
        AnyPgColumn,
        AnyPgColumn,
        AnyPgColumn,
      ],
    }).onDelete('cascade'),
    check(
      'proposal_comments_depth',
      sql`${t.depth} in (0, 1) and (${t.parentId} is null) = (${t.depth} = 0)`,
    ),
    check(
      'proposal_comments_body_length',
      sql`length(${t.body}) <= ${sql.raw(String(COMMENT_MAX))} and (${t.deletedAt} is not null or length(trim(${t.body})) > 0)`,
    ),
    check(
      'proposal_comments_hidden_has_reason',
      sql`(${t.hiddenAt} is null) = (${t.hiddenReason} is null) and length(coalesce(${t.hiddenReason}, 'x')) between 1 and ${sql.raw(String(REASON_MAX))}`,
    ),
    // A page of a proposal's thread (its top-level comments in order), and each one's replies.
    index('proposal_comments_thread_idx')
      .on(t.proposalId, t.createdAt, t.id)
      .where(sql`${t.parentId} is null`),
    index('proposal_comments_replies_idx').on(t.parentId, t.createdAt, t.id),
    index('proposal_comments_author_idx').on(t.authorId),
  ],
);

export type ReportResolution = 'hidden' | 'kept' | 'deleted';

/**
 * A report of a comment to the moderators; closed when a moderator hides it or lets it stand,
 * or when its author deletes the comment (migration 0402).
 */
export const commentReports = pgTable(
  'proposal_comment_reports',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    commentId: uuid('comment_id')
      .notNull()
      .references(() => proposalComments.id, { onDelete: 'cascade' }),
    reporterId: uuid('reporter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    resolvedAt: at('resolved_at'),
    resolvedById: uuid('resolved_by_id').references(() => users.id, { onDelete: 'set null' }),
    resolution: text('resolution').$type<ReportResolution>(),
    createdAt: createdAt(),
  },
  (t) => [
    // Reporting twice changes nothing: one report per person and comment.
    unique('proposal_comment_reports_once').on(t.commentId, t.reporterId),
    check(
      'proposal_comment_reports_reason',
      sql`length(trim(${t.reason})) between 1 and ${sql.raw(String(REASON_MAX))}`,
    ),
    check(
      'proposal_comment_reports_resolution',
      sql`(${t.resolvedAt} is null and ${t.resolution} is null) or (${t.resolvedAt} is not null and ${t.resolution} in ('hidden', 'kept', 'deleted'))`,
    ),
    index('proposal_comment_reports_open_idx')
      .on(t.organisationId, t.createdAt)
      .where(sql`${t.resolvedAt} is null`),
  ],
);

/**
 * One support per person and proposal (the primary key); never by one of its authors (the
 * trigger proposal_supports_not_by_author, migration 0400, reads the proposal's authors).
 */
export const proposalSupports = pgTable(
  'proposal_supports',
  {
    organisationId: uuid('organisation_id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'proposal_supports_pkey', columns: [t.proposalId, t.userId] }),
    foreignKey({
      name: 'proposal_supports_proposal_fk',
      columns: [t.organisationId, t.proposalId],
      foreignColumns: [proposals.organisationId, proposals.id],
    }).onDelete('cascade'),
    index('proposal_supports_user_idx').on(t.userId),
  ],
);

/** Who follows a proposal: they hear of its steps and of new comments. */
export const proposalFollowers = pgTable(
  'proposal_followers',
  {
    organisationId: uuid('organisation_id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'proposal_followers_pkey', columns: [t.proposalId, t.userId] }),
    foreignKey({
      name: 'proposal_followers_proposal_fk',
      columns: [t.organisationId, t.proposalId],
      foreignColumns: [proposals.organisationId, proposals.id],
    }).onDelete('cascade'),
    index('proposal_followers_user_idx').on(t.userId),
  ],
);

export type ProposalComment = typeof proposalComments.$inferSelect;
export type CommentReport = typeof commentReports.$inferSelect;
