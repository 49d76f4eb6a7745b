import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { safeReturnTo } from '#lib/server/http/return-to.ts';
import { signIn } from '#lib/server/accounts/sign-in.ts';
import { DEVICE_COOKIE } from '#lib/server/accounts/sign-in-throttle.ts';
import { perform } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { setSessionCookie } from '#lib/server/http/session-cookie.ts';
import { ssoSettingsFor } from '#lib/server/accounts/sso-settings.ts';
import { database } from '#lib/server/runtime.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
  const returnTo = safeReturnTo(url.searchParams.get('returnTo'));
  if (locals.actor) redirect(303, returnTo);
  return {
    returnTo,
    ssoEnabled: !!locals.org && (await ssoSettingsFor(database().db, locals.org.id)) !== null,
    notice: (['verified', 'employee', 'signed_out'] as const).find((k) => url.searchParams.has(k)),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      signIn(ctx, raw, {
        ip: event.getClientAddress(),
        previousToken: event.locals.sessionId,
        device: event.cookies.get(DEVICE_COOKIE),
      }),
    );
    if (!('done' in result)) return result;
    setSessionCookie(event.cookies, event.url, result.value.token, result.value.expiresAt);
    event.cookies.set(DEVICE_COOKIE, result.value.device, {
      path: '/account',
      httpOnly: true,
      sameSite: 'lax',
      secure: event.url.protocol === 'https:',
      maxAge: 365 * 86_400,
    });
    redirect(303, safeReturnTo(raw.returnTo));
  },
};
