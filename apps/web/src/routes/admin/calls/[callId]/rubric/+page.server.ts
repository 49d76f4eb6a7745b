import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { getCall } from '#lib/server/calls/service.ts';
import { rubricOf } from '#lib/server/calls/rubric.ts';
import { criterionValues } from '#lib/server/calls/form-values.ts';
import { removeCriterion, saveCriterion } from '#lib/server/calls/rubric-commands.ts';
import { rulesLocked } from '#lib/server/calls/rules-lock.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const call = await getCall(ctx, event.params.callId);
    authorize(ctx.actor, 'call.configure', call);
    const rubric = await rubricOf(ctx, call);
    const chosen = rubric.find((c) => c.key === event.url.searchParams.get('criterion'));
    return {
      call,
      rubric,
      chosen: chosen ?? null,
      values: { ...criterionValues(chosen), version: String(call.version) },
      locked: rulesLocked(call, ctx.now()),
    };
  });

export const actions: Actions = {
  save: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      saveCriterion(ctx, event.params.callId, raw),
    );
    if (!('done' in result)) return result;
    return { done: 'calls.rubric.saved' as const };
  },
  remove: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      removeCriterion(ctx, event.params.callId, raw.key, raw),
    );
    if (!('done' in result)) return result;
    return { done: 'calls.rubric.saved' as const };
  },
};
