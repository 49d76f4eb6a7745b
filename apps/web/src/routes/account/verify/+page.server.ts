import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { verifyEmail } from '#lib/server/accounts/verify-email.ts';
import { linkIsLive } from '#lib/server/accounts/tokens.ts';
import { readForm } from '#lib/server/http/form.ts';

// GET only shows a button: link scanners in mail systems must not use the token up.
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const token = event.url.searchParams.get('token') ?? '';
    return { token, live: await linkIsLive(ctx, token, 'verify_email') };
  });

export const actions: Actions = {
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => verifyEmail(ctx, raw));
    if (!('done' in result)) return result;
    const flag = result.value.employee ? 'employee' : 'verified';
    redirect(303, event.locals.actor ? `/account/profile?${flag}=1` : `/account/sign-in?${flag}=1`);
  },
};
