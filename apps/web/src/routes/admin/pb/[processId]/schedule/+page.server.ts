import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { reschedulePhases, scheduleOf } from '#lib/server/pb/reschedule.ts';

/** A process's phase dates: the domain authorises (pb.process.manage) and checks the rules. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return {
      ...(await scheduleOf(ctx, event.params.processId)),
      saved: event.url.searchParams.has('saved'),
    };
  });

export const actions: Actions = {
  default: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      reschedulePhases(ctx, event.params.processId, raw),
    );
    if (!('done' in result)) return result;
    redirect(303, `/admin/pb/${event.params.processId}/schedule?saved`);
  },
};
