import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { eraseAccount, erasurePreview } from '#lib/server/privacy/erase-account.ts';
import { personalDataDescriptions } from '#lib/server/privacy/export-personal-data.ts';
import { clearSessionCookie } from '#lib/server/http/session-cookie.ts';
import { readForm } from '#lib/server/http/form.ts';
import { kickMail } from '#lib/server/startup.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const { removed, kept } = personalDataDescriptions();
    return { erasure: await erasurePreview(ctx), removed, kept };
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
