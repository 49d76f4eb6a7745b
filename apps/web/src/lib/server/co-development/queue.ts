import { and, asc, count, countDistinct, eq, inArray, isNull, min } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Ctx } from '../context.ts';
import { authorize, can } from '../permissions/can.ts';
import { countOf, paginate } from '../lists/paging.ts';
import { users } from '../accounts/schema.ts';
import { innovationCalls } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import { authorsOf } from './discussed.ts';
import { commentReports, proposalComments } from './schema.ts';

export const QUEUE_PAGE_SIZE = 20;

const reporters = alias(users, 'reporters');
const open = (ctx: Ctx) =>
  and(eq(commentReports.organisationId, ctx.org.id), isNull(commentReports.resolvedAt));

/**
 * The moderators' queue: comments with open reports, the longest-waiting first, each with its
 * text, where it was written, by whom, and every open report's reason.
 */
export async function reportedComments(ctx: Ctx, page = 1) {
  authorize(ctx.actor, 'comment.moderation_queue');
  const paged = paginate(
    await countOf(
      ctx.db
        .select({ n: countDistinct(commentReports.commentId) })
        .from(commentReports)
        .where(open(ctx)),
    ),
    page,
    QUEUE_PAGE_SIZE,
  );
  const waiting = await ctx.db
    .select({
      commentId: commentReports.commentId,
      since: min(commentReports.createdAt),
      n: count(),
    })
    .from(commentReports)
    .where(open(ctx))
    .groupBy(commentReports.commentId)
    .orderBy(asc(min(commentReports.createdAt)), asc(commentReports.commentId))
    .limit(paged.size)
    .offset(paged.offset);
  const ids = waiting.map((w) => w.commentId);
  if (!ids.length) return { ...paged, items: [] };
  const comments = await ctx.db
    .select({
      comment: proposalComments,
      proposal: proposals,
      call: innovationCalls,
      authorName: users.name,
    })
    .from(proposalComments)
    .innerJoin(proposals, eq(proposals.id, proposalComments.proposalId))
    .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
    .innerJoin(users, eq(users.id, proposalComments.authorId))
    .where(and(inArray(proposalComments.id, ids), eq(proposalComments.organisationId, ctx.org.id)));
  const reports = await ctx.db
    .select({
      commentId: commentReports.commentId,
      reason: commentReports.reason,
      at: commentReports.createdAt,
      by: reporters.name,
    })
    .from(commentReports)
    .innerJoin(reporters, eq(reporters.id, commentReports.reporterId))
    .where(and(open(ctx), inArray(commentReports.commentId, ids)))
    .orderBy(asc(commentReports.createdAt));
  const byId = new Map(comments.map((c) => [c.comment.id, c]));
  const items = [];
  for (const id of ids) {
    const c = byId.get(id)!;
    const r = { ...c, authorIds: authorsOf(c.proposal) };
    items.push({
      id,
      body: c.comment.body,
      authorName: c.authorName,
      createdAt: c.comment.createdAt,
      proposal: { id: c.proposal.id, title: c.proposal.title },
      reports: reports.filter((x) => x.commentId === id),
      mayModerate: can(ctx.actor, 'comment.moderate', r) && !c.comment.hiddenAt,
    });
  }
  return { ...paged, items };
}
