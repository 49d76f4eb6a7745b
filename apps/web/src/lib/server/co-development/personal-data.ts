import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { PersonalDataPart, TxCtx } from '../module.ts';
import type { User } from '../accounts/schema.ts';
import { organisations } from '../organisations/schema.ts';
import { proposals } from '../proposals/schema.ts';
import { commentReports, proposalComments, proposalFollowers, proposalSupports } from './schema.ts';
import type { messages } from './messages.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const onProposal = { organisation: organisations.slug, title: proposals.title };

/** Their comments and replies (as written, or emptied where they deleted them). */
async function exportComments(db: Queryable, user: User) {
  const rows = await db
    .select({ comment: proposalComments, ...onProposal })
    .from(proposalComments)
    .innerJoin(proposals, eq(proposals.id, proposalComments.proposalId))
    .innerJoin(organisations, eq(organisations.id, proposalComments.organisationId))
    .where(eq(proposalComments.authorId, user.id))
    .orderBy(asc(proposalComments.createdAt), asc(proposalComments.id));
  return rows.map(({ comment: c, organisation, title }) => ({
    organisation,
    proposal: { id: c.proposalId, title },
    id: c.id,
    replyTo: c.parentId,
    body: c.body,
    createdAt: iso(c.createdAt),
    editedAt: iso(c.editedAt),
    deletedAt: iso(c.deletedAt),
    // Why a moderator hid it is about what they wrote; who hid it is not theirs to know.
    hiddenAt: iso(c.hiddenAt),
    hiddenReason: c.hiddenReason,
  }));
}

/** The comments they reported, and why (not who else reported them or who decided). */
async function exportReports(db: Queryable, user: User) {
  const rows = await db
    .select({ report: commentReports, organisation: organisations.slug })
    .from(commentReports)
    .innerJoin(organisations, eq(organisations.id, commentReports.organisationId))
    .where(eq(commentReports.reporterId, user.id))
    .orderBy(asc(commentReports.createdAt));
  return rows.map(({ report: r, organisation }) => ({
    organisation,
    commentId: r.commentId,
    reason: r.reason,
    reportedAt: iso(r.createdAt),
    resolution: r.resolution,
    resolvedAt: iso(r.resolvedAt),
  }));
}

/** The proposals they support or follow, and since when. */
async function exportMarks(
  db: Queryable,
  user: User,
  table: typeof proposalSupports | typeof proposalFollowers,
) {
  const rows = await db
    .select({ proposalId: table.proposalId, since: table.createdAt, ...onProposal })
    .from(table)
    .innerJoin(proposals, eq(proposals.id, table.proposalId))
    .innerJoin(organisations, eq(organisations.id, table.organisationId))
    .where(eq(table.userId, user.id))
    .orderBy(asc(table.createdAt));
  return rows.map(({ proposalId, since, organisation, title }) => ({
    organisation,
    proposal: { id: proposalId, title },
    since: iso(since),
  }));
}

async function exportCoDevelopment(db: Queryable, user: User) {
  return {
    comments: await exportComments(db, user),
    commentReports: await exportReports(db, user),
    supports: await exportMarks(db, user, proposalSupports),
    follows: await exportMarks(db, user, proposalFollowers),
  };
}

/**
 * Their comments are deleted as they could delete them themselves: the text goes, the place
 * stays ("comment deleted", no name) so that colleagues' replies under it still read; the open
 * reports of those comments close as 'deleted'. Their reports, supports and follows go: nobody
 * relies on them (a support only counts while its giver stands behind it).
 */
async function eraseCoDevelopment(ctx: TxCtx, user: User) {
  const now = ctx.now();
  const reports = await ctx.db
    .delete(commentReports)
    .where(eq(commentReports.reporterId, user.id))
    .returning({ id: commentReports.id });
  const comments = await ctx.db
    .update(proposalComments)
    .set({ body: '', deletedAt: now, updatedAt: now })
    .where(and(eq(proposalComments.authorId, user.id), isNull(proposalComments.deletedAt)))
    .returning({ id: proposalComments.id });
  const theirs = ctx.db
    .select({ id: proposalComments.id })
    .from(proposalComments)
    .where(eq(proposalComments.authorId, user.id));
  await ctx.db
    .update(commentReports)
    .set({ resolvedAt: now, resolution: 'deleted' })
    .where(and(inArray(commentReports.commentId, theirs), isNull(commentReports.resolvedAt)));
  const supports = await ctx.db
    .delete(proposalSupports)
    .where(eq(proposalSupports.userId, user.id))
    .returning({ id: proposalSupports.proposalId });
  const follows = await ctx.db
    .delete(proposalFollowers)
    .where(eq(proposalFollowers.userId, user.id))
    .returning({ id: proposalFollowers.proposalId });
  return {
    commentsDeleted: comments.length,
    reportsDeleted: reports.length,
    supportsDeleted: supports.length,
    followsDeleted: follows.length,
  };
}

export const coDevelopmentPersonalData = {
  exported: ['privacy.data.item.co_development'],
  removed: ['privacy.delete.removed.co_development'],
  export: exportCoDevelopment,
  erase: eraseCoDevelopment,
} satisfies PersonalDataPart<typeof messages>;
