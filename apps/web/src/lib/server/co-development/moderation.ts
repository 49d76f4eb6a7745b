import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { notify } from '../notifications/notify.ts';
import type { TxCtx } from '../module.ts';
import { reasonInput } from './form.ts';
import { loadComment } from './load-comment.ts';
import { moderatorsOf } from './audience.ts';
import { commentReports, proposalComments, type ReportResolution } from './schema.ts';
import type { OnComment } from './permissions.ts';

const commentHref = (r: OnComment) => `/proposals/${r.proposal.id}#comment-${r.comment.id}`;

/**
 * Someone reports a comment to the moderators, with a reason. Reporting it again is done
 * already (one report per person and comment); the moderators are told of the first.
 */
export async function reportComment(ctx: Ctx, commentId: string, input: unknown) {
  const { reason } = parseInput(reasonInput, input);
  return inTransaction(ctx, async (tx) => {
    const r = await loadComment(tx, commentId, true);
    authorize(tx.actor, 'comment.report', r);
    const [report] = await tx.db
      .insert(commentReports)
      .values({ organisationId: tx.org.id, commentId, reporterId: tx.actor!.userId, reason })
      .onConflictDoNothing({ target: [commentReports.commentId, commentReports.reporterId] })
      .returning();
    if (!report) return r.comment;
    await recordAudit(tx.db, tx, {
      action: 'comment.report',
      resourceType: 'comment',
      resourceId: commentId,
      after: report,
    });
    await notify(tx, {
      kind: 'co-development.comment_reported',
      recipients: await moderatorsOf(tx),
      resource: { type: 'comment', id: commentId, href: '/admin/comments' },
      params: { title: r.proposal.title },
    });
    return r.comment;
  });
}

/** Closes the comment's open reports with what was decided, by whom (the actor). */
export async function resolveReports(tx: TxCtx, commentId: string, resolution: ReportResolution) {
  return tx.db
    .update(commentReports)
    .set({ resolvedAt: tx.now(), resolvedById: tx.actor!.userId, resolution })
    .where(and(eq(commentReports.commentId, commentId), isNull(commentReports.resolvedAt)))
    .returning({ id: commentReports.id });
}

/**
 * A moderator hides a comment, with the reason shown in its place; its author still reads
 * their text and the reason, and is told. Two moderators at once: the second is told it is
 * hidden already.
 */
export async function hideComment(ctx: Ctx, commentId: string, input: unknown) {
  const { reason } = parseInput(reasonInput, input);
  return inTransaction(ctx, async (tx) => {
    const r = await loadComment(tx, commentId, true);
    authorize(tx.actor, 'comment.moderate', r);
    if (r.comment.hiddenAt) throw new Conflict('comments.already_hidden');
    const now = tx.now();
    const [after] = await tx.db
      .update(proposalComments)
      .set({ hiddenAt: now, hiddenById: tx.actor!.userId, hiddenReason: reason, updatedAt: now })
      .where(eq(proposalComments.id, commentId))
      .returning();
    const reports = await resolveReports(tx, commentId, 'hidden');
    await recordAudit(tx.db, tx, {
      action: 'comment.hide',
      resourceType: 'comment',
      resourceId: commentId,
      before: { hiddenAt: null },
      after: { hiddenAt: after!.hiddenAt, hiddenReason: reason, reportsClosed: reports.length },
    });
    await notify(tx, {
      kind: 'co-development.comment_hidden',
      recipients: [r.comment.authorId],
      resource: { type: 'comment', id: commentId, href: commentHref(r) },
      params: { title: r.proposal.title, reason },
    });
    return after!;
  });
}

/** A moderator lets a reported comment stand: its open reports are closed. */
export async function keepComment(ctx: Ctx, commentId: string) {
  return inTransaction(ctx, async (tx) => {
    const r = await loadComment(tx, commentId, true);
    authorize(tx.actor, 'comment.moderate', r);
    const reports = await resolveReports(tx, commentId, 'kept');
    if (!reports.length) throw new Conflict('comments.no_open_reports');
    await recordAudit(tx.db, tx, {
      action: 'comment.keep',
      resourceType: 'comment',
      resourceId: commentId,
      after: { reportsClosed: reports.length },
    });
    return r.comment;
  });
}
