import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { readForm } from '#lib/server/http/form.ts';
import { createDepartment, listDepartments } from '#lib/server/organisations/departments.ts';

/** The department tree and a form to add one: the domain authorises (manage_departments). */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const { searchParams } = event.url;
    return {
      tree: await listDepartments(ctx),
      created: searchParams.get('created'),
      saved: searchParams.get('saved'),
      deleted: searchParams.has('deleted'),
    };
  });

export const actions: Actions = {
  default: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => createDepartment(ctx, raw));
    if (!('done' in result)) return result;
    redirect(303, `/admin/departments?created=${result.value.id}`);
  },
};
