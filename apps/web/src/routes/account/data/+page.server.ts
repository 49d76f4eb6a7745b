import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { personalDataDescriptions } from '#lib/server/privacy/export-personal-data.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    authorize(ctx.actor, 'account.manage_own');
    return Promise.resolve({ items: personalDataDescriptions().exported });
  });
