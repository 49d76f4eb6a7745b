import type { RequestEvent } from '@sveltejs/kit';
import { performItemForm } from '#lib/server/http/item-form.ts';
import { deleteComment, editComment, postComment } from '#lib/server/co-development/comments.ts';
import { hideComment, reportComment } from '#lib/server/co-development/moderation.ts';

type Event = RequestEvent<{ proposalId: string }>;

/** The conversation's forms on a proposal's page (Comments.svelte names their fields). */
export const commentActions = {
  comment: (event: Event) =>
    performItemForm(event, 'reply', 'parentId', 'comments.posted', (ctx, raw) =>
      postComment(ctx, event.params.proposalId, raw),
    ),
  editComment: (event: Event) =>
    performItemForm(event, 'edit', 'commentId', 'comments.saved', (ctx, raw, id) =>
      editComment(ctx, id, raw),
    ),
  deleteComment: (event: Event) =>
    performItemForm(event, 'delete', 'commentId', 'comments.removed', (ctx, _raw, id) =>
      deleteComment(ctx, id),
    ),
  reportComment: (event: Event) =>
    performItemForm(event, 'report', 'commentId', 'comments.reported', (ctx, raw, id) =>
      reportComment(ctx, id, raw),
    ),
  hideComment: (event: Event) =>
    performItemForm(event, 'hide', 'commentId', 'comments.hidden_done', (ctx, raw, id) =>
      hideComment(ctx, id, raw),
    ),
};
