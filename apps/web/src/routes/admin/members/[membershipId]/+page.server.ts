import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { getMember, updateMember } from '#lib/server/accounts/members.ts';
import { readForm } from '#lib/server/http/form.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    authorize(ctx.actor, 'organisation.manage_members');
    return getMember(ctx, event.params.membershipId);
  });

export const actions: Actions = {
  default: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      updateMember(ctx, event.params.membershipId, raw),
    );
    if (!('done' in result)) return result;
    redirect(303, `/admin/members?saved=${result.value.id}`);
  },
};
