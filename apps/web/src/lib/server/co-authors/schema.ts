import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, updatedAt } from '../db/columns.ts';
import { users } from '../accounts/schema.ts';
import { proposals } from '../proposals/schema.ts';

/** How someone became a co-author: they accepted an invitation, or their proposal was merged. */
export const JOINED_VIA = ['invitation', 'merge'] as const;
export type JoinedVia = (typeof JOINED_VIA)[number];

/**
 * The authors of a proposal besides its lead (proposals.author_id). Triggers (migration 0140)
 * admit only members of the organisation, never the lead, and — by invitation — only as many as
 * the call's team size; they mirror the list into proposals.co_author_ids.
 */
export const proposalCoAuthors = pgTable(
  'proposal_co_authors',
  {
    organisationId: uuid('organisation_id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    joinedVia: text('joined_via').$type<JoinedVia>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'proposal_co_authors_pkey', columns: [t.proposalId, t.userId] }),
    foreignKey({
      name: 'proposal_co_authors_proposal_fk',
      columns: [t.organisationId, t.proposalId],
      foreignColumns: [proposals.organisationId, proposals.id],
    }).onDelete('cascade'),
    check('proposal_co_authors_joined_via', sql`${t.joinedVia} in ('invitation', 'merge')`),
    index('proposal_co_authors_user_idx').on(t.userId),
  ],
);

export const INVITATION_STATES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

/**
 * An author's invitation to a colleague to co-author a draft. The mailed link carries a random
 * token; only its hash is stored. One pending invitation per person and proposal.
 */
export const proposalInvitations = pgTable(
  'proposal_invitations',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    inviteeId: uuid('invitee_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    invitedBy: uuid('invited_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    state: text('state').$type<InvitationState>().notNull().default('pending'),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    respondedAt: at('responded_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('proposal_invitations_token_unique').on(t.tokenHash),
    foreignKey({
      name: 'proposal_invitations_proposal_fk',
      columns: [t.organisationId, t.proposalId],
      foreignColumns: [proposals.organisationId, proposals.id],
    }).onDelete('cascade'),
    check(
      'proposal_invitations_state',
      sql`${t.state} in ('pending', 'accepted', 'declined', 'withdrawn')`,
    ),
    check(
      'proposal_invitations_responded',
      sql`(${t.state} = 'pending') = (${t.respondedAt} is null)`,
    ),
    check('proposal_invitations_not_self', sql`${t.inviteeId} <> ${t.invitedBy}`),
    uniqueIndex('proposal_invitations_one_pending')
      .on(t.proposalId, t.inviteeId)
      .where(sql`state = 'pending'`),
    index('proposal_invitations_invitee_idx').on(t.inviteeId, t.state),
  ],
);

export type ProposalInvitation = typeof proposalInvitations.$inferSelect;
