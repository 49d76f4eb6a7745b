import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { eraseAccount, erasurePreview } from '#lib/server/accounts/erase-account.ts';
import { clearSessionCookie, perform, readForm } from '#lib/server/accounts/http.ts';
import { kickMail } from '#lib/server/startup.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return { erasure: await erasurePreview(ctx) };
  });

export const actions: Actions = {
  default: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => eraseAccount(ctx, raw));
    if (!('done' in result)) return result;
    clearSessionCookie(event.cookies);
    void kickMail();
    redirect(303, '/?account_deleted=1');
  },
};
