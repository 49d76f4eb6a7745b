import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { resetPassword } from '#lib/server/accounts/password-reset.ts';
import { linkIsLive } from '#lib/server/accounts/tokens.ts';
import { readForm } from '#lib/server/http/form.ts';
import { setSessionCookie } from '#lib/server/http/session-cookie.ts';

// The token is the permission: only its holder may set the password, once.
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const token = event.url.searchParams.get('token') ?? '';
    return { token, live: await linkIsLive(ctx, token, 'reset_password') };
  });

export const actions: Actions = {
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => resetPassword(ctx, raw));
    if (!('done' in result)) return result;
    const value = result.value;
    if ('secondFactor' in value) redirect(303, '/account/sign-in?password_reset=1');
    setSessionCookie(event.cookies, event.url, value.token, value.expiresAt);
    redirect(303, '/account/profile?reset=1');
  },
};
