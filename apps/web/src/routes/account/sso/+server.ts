import { error, redirect, type RequestHandler } from '@sveltejs/kit';
import { safeReturnTo } from '#lib/server/http/return-to.ts';
import { startSso, SsoFailed } from '#lib/server/accounts/sso.ts';
import { ssoRedirectUri, ssoSettingsFor } from '#lib/server/accounts/sso-settings.ts';
import { SSO_COOKIE } from '#lib/server/http/sso.ts';
import { database } from '#lib/server/runtime.ts';

/**
 * Starts single sign-on with the organisation's provider: state, nonce and the PKCE verifier go
 * into a short-lived HttpOnly cookie, and the browser goes to the provider. Open to anyone (the
 * provider decides who gets in); 404 when the organisation has no single sign-on.
 */
export const GET: RequestHandler = async ({ url, cookies, locals }) => {
  const org = locals.org;
  const settings = org ? await ssoSettingsFor(database().db, org.id) : null;
  if (!org || !settings) error(404, 'errors.not_found', { key: 'errors.not_found' });
  let started;
  try {
    started = await startSso(
      settings,
      ssoRedirectUri(org),
      safeReturnTo(url.searchParams.get('returnTo')),
    );
  } catch (e) {
    if (!(e instanceof SsoFailed)) throw e;
    locals.log.warn({ err: e.cause }, 'single sign-on could not start');
    redirect(303, '/account/sso/callback?unavailable=1');
  }
  cookies.set(SSO_COOKIE, JSON.stringify(started.pending), {
    path: '/account/sso',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    maxAge: 600,
  });
  redirect(303, started.url.toString());
};
