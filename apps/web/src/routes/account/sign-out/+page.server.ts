import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform } from '#lib/server/http/run-action.ts';
import { signOut } from '#lib/server/accounts/sign-in.ts';
import { clearSessionCookie } from '#lib/server/http/session-cookie.ts';

export const load: PageServerLoad = ({ locals }) => {
  if (!locals.actor) redirect(303, '/');
  return {};
};

export const actions: Actions = {
  // Signing out needs no permission: it only ever ends the caller's own session.
  default: async (event) => {
    await perform(event, {}, (ctx) => signOut(ctx, event.locals.sessionId));
    clearSessionCookie(event.cookies);
    redirect(303, '/account/sign-in?signed_out=1');
  },
};
