import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { runAction } from '#lib/server/http/run-action.ts';
import { signOut } from '#lib/server/accounts/sign-in.ts';
import { clearSessionCookie } from '#lib/server/accounts/http.ts';

export const load: PageServerLoad = ({ locals }) => {
  if (!locals.actor) redirect(303, '/');
  return {};
};

export const actions: Actions = {
  // Signing out needs no permission: it only ever ends the caller's own session.
  default: async (event) => {
    await runAction(event, {}, (ctx) => signOut(ctx, event.locals.sessionId));
    clearSessionCookie(event.cookies);
    redirect(303, '/account/sign-in?signed_out=1');
  },
};
