import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { readForm } from '#lib/server/http/form.ts';
import {
  getOrganisationSettings,
  updateOrganisationSettings,
} from '#lib/server/organisations/settings.ts';
import { LIST_MAX } from '#lib/server/organisations/settings-input.ts';

/** The organisation's settings: the domain authorises (organisation.manage_settings). */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return {
      ...(await getOrganisationSettings(ctx)),
      listMax: LIST_MAX,
      saved: event.url.searchParams.has('saved'),
    };
  });

export const actions: Actions = {
  default: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => updateOrganisationSettings(ctx, raw));
    if (!('done' in result)) return result;
    redirect(303, '/admin/organisation?saved');
  },
};
