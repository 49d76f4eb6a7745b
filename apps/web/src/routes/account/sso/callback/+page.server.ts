import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { requestCtx } from '#lib/server/http/run-action.ts';
import { completeSso, SsoFailed } from '#lib/server/accounts/sso.ts';
import { awaitSecondFactor, completeSignIn } from '#lib/server/http/signed-in.ts';
import { SSO_COOKIE } from '#lib/server/http/sso.ts';
import { ssoRedirectUri, ssoSettingsFor } from '#lib/server/accounts/sso-settings.ts';
import { database } from '#lib/server/runtime.ts';

const pendingSchema = z.object({
  state: z.string().min(1).max(200),
  nonce: z.string().min(1).max(200),
  verifier: z.string().min(43).max(128),
  returnTo: z.string().max(2000),
});

function readPending(raw: string | undefined) {
  try {
    return raw ? pendingSchema.safeParse(JSON.parse(raw)).data : undefined;
  } catch {
    return undefined; // a mangled cookie is simply no pending sign-in
  }
}

/** The provider sends the browser back here; the pending flow's cookie is used once. */
export const load: PageServerLoad = async (event) => {
  const { cookies, url, locals } = event;
  const org = locals.org;
  const settings = org ? await ssoSettingsFor(database().db, org.id) : null;
  if (!org || !settings) error(404, 'errors.not_found', { key: 'errors.not_found' });
  const pending = readPending(cookies.get(SSO_COOKIE));
  cookies.delete(SSO_COOKIE, { path: '/account/sso' });
  if (!pending || url.searchParams.has('unavailable')) return { failed: true };
  let signedIn;
  try {
    signedIn = await completeSso(
      requestCtx(event),
      settings,
      ssoRedirectUri(org),
      url.search,
      pending,
      locals.sessionId,
    );
  } catch (e) {
    if (!(e instanceof SsoFailed)) throw e;
    locals.log.warn({ err: e.cause }, 'single sign-on failed');
    return { failed: true };
  }
  if ('secondFactor' in signedIn)
    awaitSecondFactor(event, signedIn.secondFactor.userId, pending.returnTo);
  completeSignIn(event, signedIn, pending.returnTo);
};
