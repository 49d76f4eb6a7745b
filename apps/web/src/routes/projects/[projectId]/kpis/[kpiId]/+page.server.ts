import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { kpiAfterForm, recordKpiAfter } from '#lib/server/projects/kpi-after.ts';

/** The value after of one KPI, measured once the change has run a while. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return kpiAfterForm(ctx, event.params);
  });

export const actions: Actions = {
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => recordKpiAfter(ctx, event.params, raw));
    if (!('done' in result)) return result;
    redirect(303, `/projects/${event.params.projectId}#kpis`);
  },
};
