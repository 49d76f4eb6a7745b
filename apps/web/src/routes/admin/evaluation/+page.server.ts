import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { evaluationIndex } from '#lib/server/evaluation/admin-views.ts';

/** The calls whose evaluation the administrator runs, with their evaluation pages. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return { calls: await evaluationIndex(ctx) };
  });
