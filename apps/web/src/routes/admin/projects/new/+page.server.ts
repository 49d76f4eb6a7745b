import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { listOf, readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { projectFormChoices } from '#lib/server/projects/queries.ts';
import { createProject } from '#lib/server/projects/commands.ts';

/** A new project from one or several selected proposals. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return {
      choices: await projectFormChoices(ctx),
      chosen: event.url.searchParams.getAll('proposal'),
    };
  });

export const actions: Actions = {
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => createProject(ctx, raw));
    if (!('done' in result)) {
      return fail(result.status, {
        ...result.data,
        chosen: {
          proposalIds: listOf(raw.proposalIds),
          team: listOf(raw.team),
          mentors: listOf(raw.mentors),
        },
      });
    }
    redirect(303, `/projects/${result.value.id}`);
  },
};
