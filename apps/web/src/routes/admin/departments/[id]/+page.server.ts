import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { readForm } from '#lib/server/http/form.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { Invalid } from '#lib/server/errors.ts';
import {
  deleteDepartment,
  getDepartment,
  updateDepartment,
} from '#lib/server/organisations/departments.ts';

/** One department: rename, re-key, move, or delete. The domain authorises each. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return getDepartment(ctx, event.params.id);
  });

export const actions: Actions = {
  save: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      updateDepartment(ctx, event.params.id, raw),
    );
    if (!('done' in result)) return result;
    redirect(303, `/admin/departments?saved=${result.value.id}`);
  },
  delete: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw } = await readForm(event.request);
    const result = await perform(event, {}, (ctx) => {
      authorize(ctx.actor, 'organisation.manage_departments');
      // Without JavaScript there is no confirm() dialog: the box must be ticked.
      if (raw.confirm !== 'yes')
        throw new Invalid({ confirm: 'organisation_admin.department.confirm_required' });
      return deleteDepartment(ctx, event.params.id);
    });
    // Marked, so the page keeps the edit form's values and shows the refusal by the delete form.
    if (!('done' in result)) return fail(result.status, { ...result.data, deleting: true });
    redirect(303, '/admin/departments?deleted');
  },
};
