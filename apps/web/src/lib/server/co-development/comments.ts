import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Invalid } from '../errors.ts';
import { authorize, can } from '../permissions/can.ts';
import { LISTED_STATES } from '../proposals/states.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { notify } from '../notifications/notify.ts';
import type { TxCtx } from '../module.ts';
import { commentInput, editInput } from './form.ts';
import { loadDiscussed } from './discussed.ts';
import { loadComment } from './load-comment.ts';
import { resolveReports } from './moderation.ts';
import { others, tellAuthorsAndFollowers } from './audience.ts';
import { proposalComments, type ProposalComment } from './schema.ts';
import type { Discussed } from './permissions.ts';

const audit = (
  tx: TxCtx,
  action: string,
  before: unknown,
  after: ProposalComment & { reportsClosed?: number },
) =>
  recordAudit(tx.db, tx, {
    action,
    resourceType: 'comment',
    resourceId: after.id,
    before,
    after,
  });

/** The top-level comment a reply answers: of the same proposal, itself not a reply, still shown. */
async function parentFor(tx: TxCtx, r: Discussed, parentId: string) {
  const [parent] = await tx.db
    .select()
    .from(proposalComments)
    .where(and(eq(proposalComments.id, parentId), eq(proposalComments.proposalId, r.proposal.id)));
  if (!parent) throw new Invalid({ parentId: 'comments.parent_unknown' });
  if (parent.parentId) throw new Invalid({ parentId: 'comments.reply_to_reply' });
  if (parent.deletedAt || parent.hiddenAt) throw new Conflict('comments.parent_gone');
  return parent;
}

/** A thread the actor reads, closed since (withdrawn, merged, decided): a message, not a refusal. */
export function ensureLive(ctx: Ctx, r: Discussed) {
  if (can(ctx.actor, 'comment.read', r) && !LISTED_STATES.includes(r.proposal.state)) {
    throw new Conflict('comments.closed');
  }
}

/**
 * A comment on a proposal, or a reply to one of its comments. Its authors and followers are
 * told (and a reply's addressee, once), in the same transaction.
 */
export async function postComment(ctx: Ctx, proposalId: string, input: unknown) {
  const { body, parentId } = parseInput(commentInput, input);
  return inTransaction(ctx, async (tx) => {
    const r = await loadDiscussed(tx, proposalId, 'share');
    ensureLive(tx, r);
    authorize(tx.actor, 'comment.post', r);
    const parent = parentId ? await parentFor(tx, r, parentId) : null;
    const now = tx.now();
    const [comment] = await tx.db
      .insert(proposalComments)
      .values({
        organisationId: tx.org.id,
        proposalId: r.proposal.id,
        parentId: parent?.id ?? null,
        depth: parent ? 1 : 0,
        authorId: tx.actor!.userId,
        body,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await audit(tx, parent ? 'comment.reply' : 'comment.post', null, comment!);
    const answered = parent ? others(tx, [parent.authorId]) : [];
    if (answered.length) {
      await notify(tx, {
        kind: 'co-development.reply',
        recipients: answered,
        resource: { type: 'comment', id: comment!.id, href: `/proposals/${r.proposal.id}` },
        params: { title: r.proposal.title },
      });
    }
    await tellAuthorsAndFollowers(tx, r, 'co-development.comment', answered);
    return comment!;
  });
}

/** Its author rewrites a comment (not one a moderator hid). */
export async function editComment(ctx: Ctx, commentId: string, input: unknown) {
  const { body } = parseInput(editInput, input);
  return inTransaction(ctx, async (tx) => {
    const r = await loadComment(tx, commentId, true);
    authorize(tx.actor, 'comment.edit', r);
    if (r.comment.body === body) return r.comment;
    const now = tx.now();
    const [after] = await tx.db
      .update(proposalComments)
      .set({ body, editedAt: now, updatedAt: now })
      .where(eq(proposalComments.id, r.comment.id))
      .returning();
    await audit(tx, 'comment.edit', { body: r.comment.body }, after!);
    return after!;
  });
}

/**
 * Its author deletes a comment: the text goes, the place stays ("comment deleted") with its
 * replies. Deleting it again (a second click) is done already.
 */
export async function deleteComment(ctx: Ctx, commentId: string) {
  return inTransaction(ctx, async (tx) => {
    const r = await loadComment(tx, commentId, true);
    if (r.comment.deletedAt && r.comment.authorId === tx.actor?.userId) return r.comment;
    authorize(tx.actor, 'comment.delete', r);
    const now = tx.now();
    const [after] = await tx.db
      .update(proposalComments)
      .set({ body: '', deletedAt: now, updatedAt: now })
      .where(eq(proposalComments.id, r.comment.id))
      .returning();
    // Nothing is left to moderate: its open reports close, or the queue would hold it forever.
    const reports = await resolveReports(tx, r.comment.id, 'deleted');
    const closed = { ...after!, reportsClosed: reports.length };
    await audit(tx, 'comment.delete', { body: r.comment.body }, closed);
    return after!;
  });
}
