import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { config } from '../config.ts';
import { formFields, formValues } from '../http/parse-form.ts';
import { runAction } from '../http/run-action.ts';
import type { Ctx } from '../context.ts';
import { SESSION_COOKIE } from './sessions.ts';
import { publicOrigin } from './links.ts';
import type { SsoSettings } from './sso.ts';

/** Route adapters of the accounts pages: cookies, form reading, request facts. */

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date) {
  cookies.set(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    expires: expiresAt,
  });
}

export function clearSessionCookie(cookies: Cookies) {
  cookies.delete(SESSION_COOKIE, { path: '/' });
}

/** The posted form as the commands take it (repeated names → arrays) and the values to show back. */
export async function readForm(request: Request) {
  const form = await request.formData().catch(() => new FormData());
  return {
    raw: formFields(form),
    values: formValues(form, ['password', 'currentPassword', 'token']),
  };
}

export function requestMeta(event: Pick<RequestEvent, 'getClientAddress' | 'url'>) {
  return { ip: event.getClientAddress(), origin: publicOrigin(event.url) };
}

/** Single sign-on settings, or null when it is not configured. */
export function ssoSettings(): SsoSettings | null {
  const c = config();
  if (!c.OIDC_ISSUER || !c.OIDC_CLIENT_ID || !c.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: c.OIDC_ISSUER,
    clientId: c.OIDC_CLIENT_ID,
    clientSecret: c.OIDC_CLIENT_SECRET,
    allowHttp: c.OIDC_ALLOW_HTTP === '1',
  };
}

export const SSO_COOKIE = 'sso_flow';
export const ssoRedirectUri = (url: URL) => `${publicOrigin(url)}/account/sso/callback`;

/**
 * runAction, with success marked so a route can tell it from a form failure:
 * `const r = await perform(…); if (!('done' in r)) return r;` then `r.value`.
 */
export function perform<T>(
  event: Pick<RequestEvent, 'locals'>,
  values: Record<string, string>,
  fn: (ctx: Ctx) => Promise<T>,
) {
  return runAction(event, values, async (ctx) => ({ done: true as const, value: await fn(ctx) }));
}
