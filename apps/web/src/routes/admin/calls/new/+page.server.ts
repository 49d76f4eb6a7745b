import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { createCall } from '#lib/server/calls/service.ts';
import { newCallValues, postedValues } from '#lib/server/calls/form-values.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { departmentTree } from '#lib/server/organisations/department-tree.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    authorize(ctx.actor, 'call.create');
    return {
      defaults: newCallValues(ctx.now(), ctx.org.timeZone),
      departments: await departmentTree(ctx.db, ctx.org.id),
    };
  });

export const actions: Actions = {
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, postedValues(raw, values), (ctx) => createCall(ctx, raw));
    if (!('done' in result)) return result;
    redirect(303, `/calls/${result.value.id}`);
  },
};
