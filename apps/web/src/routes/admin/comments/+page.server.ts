import type { Actions, PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { readPage } from '#lib/server/lists/paging.ts';
import { reportedComments } from '#lib/server/co-development/queue.ts';
import { moderationActions } from './moderation-actions.ts';

/** The moderators' queue of reported comments. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return reportedComments(ctx, readPage(event.url.searchParams.get('page')));
  });

export const actions: Actions = moderationActions;
