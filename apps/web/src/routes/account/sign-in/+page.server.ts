import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { safeReturnTo } from '#lib/server/http/return-to.ts';
import { signIn } from '#lib/server/accounts/sign-in.ts';
import { perform, readForm, setSessionCookie, ssoSettings } from '#lib/server/accounts/http.ts';

export const load: PageServerLoad = ({ locals, url }) => {
  const returnTo = safeReturnTo(url.searchParams.get('returnTo'));
  if (locals.actor) redirect(303, returnTo);
  return {
    returnTo,
    ssoEnabled: ssoSettings() !== null,
    notice: (['verified', 'employee', 'signed_out'] as const).find((k) => url.searchParams.has(k)),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      signIn(ctx, raw, { ip: event.getClientAddress(), previousToken: event.locals.sessionId }),
    );
    if (!('done' in result)) return result;
    setSessionCookie(event.cookies, event.url, result.value.token, result.value.expiresAt);
    redirect(303, safeReturnTo(raw.returnTo));
  },
};
