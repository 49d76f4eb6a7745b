import type { Actions, PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { performItemForm } from '#lib/server/http/item-form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { readPage } from '#lib/server/lists/paging.ts';
import { reportedComments } from '#lib/server/co-development/queue.ts';
import { hideComment, keepComment } from '#lib/server/co-development/moderation.ts';

/** The moderators' queue of reported comments. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return reportedComments(ctx, readPage(event.url.searchParams.get('page')));
  });

export const actions: Actions = {
  hideComment: (event) =>
    performItemForm(event, 'hide', 'commentId', 'comments.hidden_done', (ctx, raw, id) =>
      hideComment(ctx, id, raw),
    ),
  keepComment: (event) =>
    performItemForm(event, 'keep', 'commentId', 'comments.kept_done', (ctx, _raw, id) =>
      keepComment(ctx, id),
    ),
};
