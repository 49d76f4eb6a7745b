import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import type { RequestEvent } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { startUp } from '#lib/server/startup.ts';
import { database } from '#lib/server/runtime.ts';
import { log } from '#lib/server/log.ts';
import { SESSION_COOKIE } from '#lib/server/accounts/sessions.ts';
import { organisationFor, sessionFor } from '#lib/server/http/identity.ts';
import { withTwoFactorPolicy } from '#lib/server/accounts/two-factor-policy.ts';
import { resolveLocale } from '#lib/server/http/locale.ts';
import { isDatabaseUnavailable } from '#lib/server/db/unavailable.ts';
import { tooLargePage, unavailablePage } from '#lib/server/http/plain-page.ts';
import { withinBodyLimit } from '#lib/server/http/body-limit.ts';
import { config } from '#lib/server/config.ts';
import { compress } from '#lib/server/http/compress.ts';
import { messagesIn } from '#lib/server/i18n/catalogue.ts';
import { useTexts } from '#lib/i18n/t.ts';

useTexts(messagesIn);

export const init: ServerInit = async () => {
  await startUp();
};

/** Routes that answer before (and without) an organisation or a session. */
const INFRASTRUCTURE = new Set(['/healthz', '/readyz']);

export const handle: Handle = async ({ event, resolve }) => {
  const started = performance.now();
  const incoming = event.request.headers.get('x-request-id');
  const requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
  event.locals.requestId = requestId;
  event.locals.log = log.child({ requestId });
  event.locals.org = null;
  event.locals.actor = null;
  event.locals.sessionId = null;
  event.locals.locale = 'ro';

  if (!INFRASTRUCTURE.has(event.url.pathname)) {
    try {
      await identify(event);
    } catch (e) {
      if (!isDatabaseUnavailable(e)) throw e;
      event.locals.log.warn({ err: { message: (e as Error).message } }, 'database unreachable');
      return unavailablePage(resolveLocale(event, undefined, undefined), requestId);
    }
  }

  // Only uploads may use the server's 25 MB: every other body is held to FORM_BODY_LIMIT.
  const bounded = await withinBodyLimit(event.request, config().FORM_BODY_LIMIT);
  if (!bounded) {
    event.locals.log.warn({ path: event.url.pathname }, 'body over FORM_BODY_LIMIT refused');
    return tooLargePage(event.locals.locale, requestId, config().FORM_BODY_LIMIT);
  }

  let response = await resolve(
    { ...event, request: bounded },
    {
      transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale),
    },
  );
  response.headers.set('x-request-id', requestId);
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  if (event.url.protocol === 'https:') {
    response.headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
  }
  if (!response.headers.has('cache-control') && event.locals.actor) {
    response.headers.set('cache-control', 'private, no-store');
  }
  response = await compress(event.request, response);
  event.locals.log.info(
    {
      method: event.request.method,
      path: event.url.pathname,
      status: response.status,
      ms: Math.round(performance.now() - started),
    },
    'request',
  );
  return response;
};

/**
 * The organisation (by host), the signed-in person there, and the page's language; both read
 * through a cache of a few seconds (decision 022).
 */
async function identify(event: RequestEvent) {
  const { db } = database();
  const now = new Date();
  const org = await organisationFor(db, event.url.host, now);
  event.locals.org = org;
  const token = event.cookies.get(SESSION_COOKIE);
  const session = token ? await sessionFor(db, token, org?.id ?? null, now) : null;
  if (token && !session) event.cookies.delete(SESSION_COOKIE, { path: '/' });
  if (session && org) {
    event.locals.actor = withTwoFactorPolicy(session.actor, session.user, org);
    event.locals.sessionId = token ?? null;
  }
  event.locals.locale = resolveLocale(event, session?.user.locale, org?.defaultLocale);
}

export const handleError: HandleServerError = ({ kind, error, event }) => {
  const id = event.locals.requestId ?? randomUUID();
  if (kind === 'app') return { id };
  if (kind === 'unknown') (event.locals.log ?? log).error({ err: error }, 'unhandled error');
  // Never leak internals: the page shows a translated message and the request id to quote.
  return { message: 'errors.unexpected', key: 'errors.unexpected', id };
};
