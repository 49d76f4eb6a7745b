import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { getSso, removeSso, saveSso } from '#lib/server/organisations/sso.ts';

/** The organisation's single sign-on: the domain authorises (organisation.manage_settings). */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const { searchParams } = event.url;
    return {
      ...(await getSso(ctx)),
      notice: searchParams.has('saved')
        ? ('organisation_admin.sso.saved' as const)
        : searchParams.has('removed')
          ? ('organisation_admin.sso.removed' as const)
          : null,
    };
  });

export const actions: Actions = {
  save: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => saveSso(ctx, raw));
    if (!('done' in result)) return result;
    redirect(303, '/admin/sso?saved');
  },
  remove: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const result = await perform(event, {}, (ctx) => removeSso(ctx));
    if (!('done' in result)) return result;
    redirect(303, '/admin/sso?removed');
  },
};
