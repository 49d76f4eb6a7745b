import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { listOutbox } from '#lib/server/mail/outbox-list.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return listOutbox(ctx, { page: event.url.searchParams.get('page') });
  });
