import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { myProposals } from '#lib/server/proposals/service.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return { proposals: await myProposals(ctx) };
  });
