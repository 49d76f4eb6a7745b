import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { safeReturnTo } from '#lib/server/http/return-to.ts';
import { signIn } from '#lib/server/accounts/sign-in.ts';
import { DEVICE_COOKIE } from '#lib/server/accounts/sign-in-throttle.ts';
import { perform } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { awaitSecondFactor, completeSignIn } from '#lib/server/http/signed-in.ts';
import { ssoSettingsFor } from '#lib/server/accounts/sso-settings.ts';
import { database } from '#lib/server/runtime.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
  const returnTo = safeReturnTo(url.searchParams.get('returnTo'));
  if (locals.actor) redirect(303, returnTo);
  return {
    returnTo,
    ssoEnabled: !!locals.org && (await ssoSettingsFor(database().db, locals.org.id)) !== null,
    notice: (['verified', 'employee', 'signed_out', 'password_reset'] as const).find((k) =>
      url.searchParams.has(k),
    ),
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
    const value = result.value;
    if ('secondFactor' in value) awaitSecondFactor(event, value.secondFactor.userId, raw.returnTo);
    completeSignIn(event, value, raw.returnTo);
  },
};
