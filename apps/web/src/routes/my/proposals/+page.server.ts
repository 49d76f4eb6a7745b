import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { myProposals } from '#lib/server/proposals/queries.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { readPage } from '#lib/server/lists/paging.ts';
import { invitationsFor } from '#lib/server/co-authors/queries.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return {
      ...(await myProposals(ctx, readPage(event.url.searchParams.get('page')))),
      invitations: (await invitationsFor(ctx)).length,
      left: event.url.searchParams.has('left'),
    };
  });
