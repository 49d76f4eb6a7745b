import type { RequestEvent } from '@sveltejs/kit';
import { performItemForm } from '#lib/server/http/item-form.ts';
import { hideComment, keepComment } from '#lib/server/co-development/moderation.ts';

type Event = Pick<RequestEvent, 'request' | 'locals' | 'setHeaders'>;

/**
 * A moderator's forms on a reported comment: the queue of reported comments has both, and a
 * proposal's page has "hide" beside each comment a moderator reads (Comments.svelte) — one
 * action for both pages, so they parse, answer and name their fields alike.
 */
export const moderationActions = {
  hideComment: (event: Event) =>
    performItemForm(event, 'hide', 'commentId', 'comments.hidden_done', (ctx, raw, id) =>
      hideComment(ctx, id, raw),
    ),
  keepComment: (event: Event) =>
    performItemForm(event, 'keep', 'commentId', 'comments.kept_done', (ctx, _raw, id) =>
      keepComment(ctx, id),
    ),
};
