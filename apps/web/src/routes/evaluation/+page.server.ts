import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { readPage } from '#lib/server/lists/paging.ts';
import { myAssignments } from '#lib/server/evaluation/evaluator-views.ts';

/** The evaluator's proposals to score, across calls. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return myAssignments(ctx, readPage(event.url.searchParams.get('page')));
  });
