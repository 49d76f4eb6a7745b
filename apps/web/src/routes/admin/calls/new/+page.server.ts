import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { createCall } from '#lib/server/calls/service.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { utcToZonedInput } from '#lib/i18n/format.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    authorize(ctx.actor, 'call.create');
    const now = ctx.now();
    return {
      defaults: {
        audience: 'internal',
        opensAt: utcToZonedInput(now, ctx.org.timeZone),
        closesAt: utcToZonedInput(new Date(now.getTime() + 60 * 86_400_000), ctx.org.timeZone),
      },
    };
  });

export const actions: Actions = {
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => createCall(ctx, raw));
    if (!('done' in result)) return result;
    redirect(303, `/calls/${result.value.id}`);
  },
};
