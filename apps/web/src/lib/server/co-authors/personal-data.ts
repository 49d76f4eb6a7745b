import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { PersonalDataPart, TxCtx } from '../module.ts';
import type { User } from '../accounts/schema.ts';
import { organisations } from '../organisations/schema.ts';
import { proposals } from '../proposals/schema.ts';
import { proposalCoAuthors, proposalInvitations } from './schema.ts';
import type { messages } from './messages.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The proposals they co-author, and the invitations they received or sent (no tokens). */
async function exportCoAuthorships(db: Queryable, user: User) {
  const joined = await db
    .select({
      row: proposalCoAuthors,
      title: proposals.title,
      state: proposals.state,
      slug: organisations.slug,
    })
    .from(proposalCoAuthors)
    .innerJoin(proposals, eq(proposals.id, proposalCoAuthors.proposalId))
    .innerJoin(organisations, eq(organisations.id, proposalCoAuthors.organisationId))
    .where(eq(proposalCoAuthors.userId, user.id))
    .orderBy(asc(proposalCoAuthors.createdAt));
  const invitations = await db
    .select({ row: proposalInvitations, title: proposals.title, slug: organisations.slug })
    .from(proposalInvitations)
    .innerJoin(proposals, eq(proposals.id, proposalInvitations.proposalId))
    .innerJoin(organisations, eq(organisations.id, proposalInvitations.organisationId))
    .where(
      or(eq(proposalInvitations.inviteeId, user.id), eq(proposalInvitations.invitedBy, user.id)),
    )
    .orderBy(asc(proposalInvitations.createdAt));
  return {
    coAuthorships: joined.map(({ row, title, state, slug }) => ({
      organisation: slug,
      proposal: { id: row.proposalId, title, state },
      joinedVia: row.joinedVia,
      since: iso(row.createdAt),
    })),
    coAuthorInvitations: invitations.map(({ row, title, slug }) => ({
      organisation: slug,
      proposal: { id: row.proposalId, title },
      role: row.inviteeId === user.id ? 'invited' : 'inviter',
      state: row.state,
      sentAt: iso(row.createdAt),
      answeredAt: iso(row.respondedAt),
    })),
  };
}

/**
 * Their place on drafts never submitted goes (nobody relied on it), and so do invitations
 * sent or received that still wait. Co-authorship of submitted proposals stays, under the
 * erased account's fixed name, as the lead author's does (proposals/personal-data.ts).
 */
async function eraseCoAuthorships(ctx: TxCtx, user: User) {
  const drafts = ctx.db
    .select({ id: proposals.id })
    .from(proposals)
    .where(isNull(proposals.submittedAt));
  const left = await ctx.db
    .delete(proposalCoAuthors)
    .where(
      and(eq(proposalCoAuthors.userId, user.id), inArray(proposalCoAuthors.proposalId, drafts)),
    )
    .returning({ id: proposalCoAuthors.proposalId });
  const closed = await ctx.db
    .delete(proposalInvitations)
    .where(
      and(
        eq(proposalInvitations.state, 'pending'),
        or(eq(proposalInvitations.inviteeId, user.id), eq(proposalInvitations.invitedBy, user.id)),
      ),
    )
    .returning({ id: proposalInvitations.id });
  return { draftTeamsLeft: left.length, invitationsDeleted: closed.length };
}

export const coAuthorsPersonalData = {
  exported: ['privacy.data.item.co_authorships'],
  removed: ['privacy.delete.removed.co_authorships'],
  kept: ['privacy.delete.kept.co_authorships'],
  export: exportCoAuthorships,
  erase: eraseCoAuthorships,
} satisfies PersonalDataPart<typeof messages>;
