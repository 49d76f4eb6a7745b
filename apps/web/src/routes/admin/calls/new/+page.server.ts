import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { runAction, runLoad } from '#lib/server/http/run-action.ts';
import { createCall } from '#lib/server/calls/service.ts';
import { callFormSchema } from '#lib/server/calls/form.ts';
import { parseForm } from '#lib/server/http/parse-form.ts';
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
    const org = event.locals.org;
    const form = await parseForm(
      event.request,
      callFormSchema(org?.timeZone ?? 'Europe/Bucharest'),
    );
    if (!form.ok) return fail(400, form);
    const result = await runAction(event, form.values, (ctx) => createCall(ctx, form.data));
    if ('id' in result) redirect(303, `/calls/${result.id}`);
    return result;
  },
};
