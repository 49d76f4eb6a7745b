import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { listProjects, verifierChoices } from '#lib/server/projects/queries.ts';
import { setVerifier } from '#lib/server/projects/savings.ts';
import { readPage } from '#lib/server/lists/paging.ts';
import { PROJECT_STATES, type ProjectState } from '#lib/server/projects/states.ts';

/** The administrators' projects, by state, and who may sign off savings. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const asked = event.url.searchParams.get('state');
    const state = PROJECT_STATES.includes(asked as ProjectState)
      ? (asked as ProjectState)
      : undefined;
    const list = await listProjects(ctx, {
      state,
      page: readPage(event.url.searchParams.get('page')),
    });
    return { ...list, state: state ?? '', verifiers: await verifierChoices(ctx) };
  });

export const actions: Actions = {
  appoint: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => setVerifier(ctx, raw));
    if (!('done' in result)) return result;
    return { done: 'projects.notice.verifier_appointed' as const };
  },
  remove: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => setVerifier(ctx, raw, true));
    if (!('done' in result)) return result;
    return { done: 'projects.notice.verifier_removed' as const };
  },
};
