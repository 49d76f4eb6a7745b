import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { listJobs, retryJob } from '#lib/server/jobs/admin.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const q = event.url.searchParams;
    return {
      ...(await listJobs(ctx, { state: q.get('state'), page: q.get('page') })),
      retried: q.has('retried'),
    };
  });

export const actions: Actions = {
  retry: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => retryJob(ctx, raw.id));
    if (!('done' in result)) return result;
    redirect(303, '/admin/jobs?retried=1');
  },
};
