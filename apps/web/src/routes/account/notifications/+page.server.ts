import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { myPreferences, savePreferences } from '#lib/server/notifications/preferences.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return { preferences: await myPreferences(ctx), saved: event.url.searchParams.has('saved') };
  });

export const actions: Actions = {
  default: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => savePreferences(ctx, raw));
    if (!('done' in result)) return result;
    redirect(303, '/account/notifications?saved=1');
  },
};
