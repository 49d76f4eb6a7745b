import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { getCall, updateCall } from '#lib/server/calls/service.ts';
import { callFormValues, postedValues } from '#lib/server/calls/form-values.ts';
import { rulesLocked } from '#lib/server/calls/rules-lock.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { departmentTree } from '#lib/server/organisations/department-tree.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const call = await getCall(ctx, event.params.callId);
    authorize(ctx.actor, 'call.configure', call);
    return {
      call,
      values: callFormValues(call, ctx.org.timeZone),
      locked: rulesLocked(call, ctx.now()),
      departments: await departmentTree(ctx.db, ctx.org.id),
    };
  });

export const actions: Actions = {
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, postedValues(raw, values), (ctx) =>
      updateCall(ctx, event.params.callId, raw),
    );
    if (!('done' in result)) return result;
    redirect(303, `/calls/${result.value.id}?updated=1`);
  },
};
