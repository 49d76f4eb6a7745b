import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { completeSignIn } from '#lib/server/http/signed-in.ts';
import { PENDING_COOKIE, readPendingSignIn } from '#lib/server/accounts/second-factor-pending.ts';
import { completeSecondFactor } from '#lib/server/accounts/sign-in.ts';

/**
 * The second step of signing in, for accounts with two-factor on. Only a browser holding a
 * fresh pending sign-in (a right password, five minutes ago at most) gets here.
 */
export const load: PageServerLoad = ({ cookies }) => {
  if (!readPendingSignIn(cookies.get(PENDING_COOKIE), new Date()))
    redirect(303, '/account/sign-in?expired=1');
  return {};
};

export const actions: Actions = {
  default: async (event) => {
    const pending = readPendingSignIn(event.cookies.get(PENDING_COOKIE), new Date());
    if (!pending) redirect(303, '/account/sign-in?expired=1');
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      completeSecondFactor(ctx, pending.userId, raw, event.locals.sessionId),
    );
    if (!('done' in result)) return result;
    completeSignIn(event, result.value, pending.returnTo);
  },
};
