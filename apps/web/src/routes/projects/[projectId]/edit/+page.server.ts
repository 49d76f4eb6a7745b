import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { listOf, readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { projectEditForm, updateProject } from '#lib/server/projects/edit.ts';

/** The lead or an administrator changes a running project: its people, support and budget. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return projectEditForm(ctx, event.params.projectId);
  });

export const actions: Actions = {
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      updateProject(ctx, event.params.projectId, raw),
    );
    if (!('done' in result)) {
      return fail(result.status, {
        ...result.data,
        chosen: { team: listOf(raw.team), mentors: listOf(raw.mentors) },
      });
    }
    redirect(303, `/projects/${event.params.projectId}`);
  },
};
