import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { can } from '../permissions/can.ts';
import { countOf, paginate, type Paged } from '../lists/paging.ts';
import { users } from '../accounts/schema.ts';
import { proposalComments, type ProposalComment } from './schema.ts';
import type { Discussed } from './permissions.ts';

/** Top-level comments per page (each with all its replies). */
export const THREAD_PAGE_SIZE = 20;

export type CommentShown = 'visible' | 'deleted' | 'hidden';

/** A comment as this reader may see it: a deleted one's text is gone; a hidden one's shows only to its author and the moderators. */
export interface CommentView {
  id: string;
  parentId: string | null;
  authorName: string;
  mine: boolean;
  shown: CommentShown;
  /** The text, or null where the reader sees only that it was deleted or hidden. */
  body: string | null;
  hiddenReason: string | null;
  createdAt: Date;
  editedAt: Date | null;
  may: { reply: boolean; edit: boolean; delete: boolean; report: boolean; moderate: boolean };
  replies: CommentView[];
}

export interface Thread extends Paged {
  comments: CommentView[];
  mayPost: boolean;
}

type Row = { comment: ProposalComment; authorName: string };

function view(ctx: Ctx, r: Discussed, { comment, authorName }: Row): CommentView {
  const on = { ...r, comment };
  const mine = comment.authorId === ctx.actor?.userId;
  const shown: CommentShown = comment.deletedAt
    ? 'deleted'
    : comment.hiddenAt
      ? 'hidden'
      : 'visible';
  const moderates = can(ctx.actor, 'comment.moderate', on);
  const readsText = shown === 'visible' || (shown === 'hidden' && (mine || moderates));
  return {
    id: comment.id,
    parentId: comment.parentId,
    authorName: shown === 'deleted' ? '' : authorName,
    mine,
    shown,
    body: readsText ? comment.body : null,
    hiddenReason: comment.hiddenReason,
    createdAt: comment.createdAt,
    editedAt: comment.editedAt,
    may: {
      reply: !comment.parentId && shown === 'visible' && can(ctx.actor, 'comment.post', r),
      edit: can(ctx.actor, 'comment.edit', on),
      delete: can(ctx.actor, 'comment.delete', on),
      report: can(ctx.actor, 'comment.report', on),
      moderate: moderates && shown === 'visible',
    },
    replies: [],
  };
}

const columns = { comment: proposalComments, authorName: users.name };

/**
 * A page of the proposal's thread: its top-level comments in the order written, each with its
 * replies. The page's comments come from proposal_comments_thread_idx and their replies from
 * proposal_comments_replies_idx, so a page costs its own rows however long the thread
 * (co-development/thread-index.test.ts). Null when the reader may not see the thread at all.
 */
export async function threadOf(ctx: Ctx, r: Discussed, page = 1): Promise<Thread | null> {
  if (!can(ctx.actor, 'comment.read', r)) return null;
  const q = threadQueries(ctx, r.proposal.id);
  const paged = paginate(await countOf(q.count), page, THREAD_PAGE_SIZE);
  const tops = await q.page(paged.offset);
  const replies = tops.length ? await q.replies(tops.map((t) => t.comment.id)) : [];
  const comments = tops.map((t) => view(ctx, r, t));
  const byId = new Map(comments.map((c) => [c.id, c]));
  for (const reply of replies) byId.get(reply.comment.parentId!)?.replies.push(view(ctx, r, reply));
  return { ...paged, comments, mayPost: can(ctx.actor, 'comment.post', r) };
}

/**
 * A thread's three queries — the count of its top-level comments, a page of them, their
 * replies — built once, so the page runs exactly what the index test EXPLAINs.
 */
export function threadQueries(ctx: Ctx, proposalId: string) {
  // The proposal was found in this organisation (loadDiscussed), and a comment's foreign key
  // holds it to its proposal's organisation: the proposal alone scopes the thread, and the
  // thread index answers it without reading the table.
  const topLevel = and(
    eq(proposalComments.proposalId, proposalId),
    isNull(proposalComments.parentId),
  );
  const order = [asc(proposalComments.createdAt), asc(proposalComments.id)];
  const pageIds = (offset: number) =>
    ctx.db
      .select({ id: proposalComments.id })
      .from(proposalComments)
      .where(topLevel)
      .orderBy(...order)
      .limit(THREAD_PAGE_SIZE)
      .offset(offset);
  return {
    count: ctx.db.select({ n: count() }).from(proposalComments).where(topLevel),
    // The page's ids in thread order straight from proposal_comments_thread_idx, then joined.
    pageIds,
    page: (offset: number) => {
      const ids = pageIds(offset).as('page');
      return ctx.db
        .select(columns)
        .from(ids)
        .innerJoin(proposalComments, eq(proposalComments.id, ids.id))
        .innerJoin(users, eq(users.id, proposalComments.authorId))
        .orderBy(...order);
    },
    replies: (parentIds: string[]) =>
      ctx.db
        .select(columns)
        .from(proposalComments)
        .innerJoin(users, eq(users.id, proposalComments.authorId))
        .where(inArray(proposalComments.parentId, parentIds))
        .orderBy(...order),
  };
}
