import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { Ctx } from '../context.ts';
import { Conflict, Forbidden, Invalid, NotFound, RateLimited } from '../errors.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { database } from '../runtime.ts';
import type { FieldErrors } from '../validation/parse.ts';

type Event = Pick<RequestEvent, 'locals' | 'setHeaders'>;

/** The domain context of a request: database, organisation, actor, clock. */
export function requestCtx(event: Pick<RequestEvent, 'locals'>): Ctx {
  const { org, actor, requestId } = event.locals;
  if (!org) error(404, 'errors.not_found', { key: 'errors.not_found' });
  return { db: database().db, org, actor, now: () => new Date(), requestId };
}

/**
 * Runs a command for a form action. Success is marked so that the route can tell it from a
 * form failure — `const r = await perform(…); if (!('done' in r)) return r;` then `r.value` —
 * and typed errors are mapped: field problems back to the form with what the user typed,
 * missing things to 404, refusals to 403, conflicts and limits to a message above the form.
 */
export async function perform<T>(
  event: Event,
  values: Record<string, string>,
  fn: (ctx: Ctx) => Promise<T>,
) {
  try {
    return { done: true as const, value: await fn(requestCtx(event)) };
  } catch (e) {
    return mapDomainError(event, e, values);
  }
}

export function mapDomainError(event: Event, e: unknown, values: Record<string, string> = {}) {
  if (e instanceof Invalid) {
    const errors: FieldErrors = {};
    for (const [field, m] of Object.entries(e.fields))
      errors[field] = typeof m === 'string' ? { key: m } : m;
    return fail(400, { errors, values });
  }
  if (e instanceof RateLimited) {
    event.setHeaders({ 'retry-after': String(e.retryAfterSeconds) });
    return fail(429, { formError: { key: e.key }, values });
  }
  if (e instanceof Conflict) return fail(409, { formError: { key: e.key }, values });
  return errorPage(event, e);
}

/** For load functions: typed errors become error pages. */
export async function runLoad<T>(event: Event, fn: (ctx: Ctx) => Promise<T>) {
  try {
    return await fn(requestCtx(event));
  } catch (e) {
    return errorPage(event, e);
  }
}

/**
 * Not found, forbidden, a conflict (409: the thing's state allows no such page any more, the
 * message says why), database unreachable (503, try again soon) — or the error itself.
 */
function errorPage(event: Event, e: unknown): never {
  if (e instanceof NotFound) error(404, 'errors.not_found', { key: 'errors.not_found' });
  if (e instanceof Forbidden) error(403, 'errors.forbidden', { key: 'errors.forbidden' });
  if (e instanceof Conflict) error(409, e.key, { key: e.key });
  if (isDatabaseUnavailable(e)) {
    event.setHeaders({ 'retry-after': '30' });
    error(503, 'errors.unavailable', { key: 'errors.unavailable' });
  }
  throw e;
}
