import type { Db } from '../db/client.ts';
import { ShortLived } from '../cache/short-lived.ts';
import { hashToken, sessionActor } from '../accounts/sessions.ts';
import { resolveOrganisation } from '../organisations/resolve.ts';
import type { Organisation } from '../organisations/schema.ts';

/**
 * How long this process may keep using an organisation or a session after another process changed
 * or ended it (decision 022). Changes made in this process are seen at once.
 */
export const IDENTITY_TTL_MS = 5_000;

/** Every kind of change that can alter who a session is, or what an organisation is. */
const IDENTITY = ['organisation', 'department', 'user', 'membership', 'session'] as const;

type SessionActor = NonNullable<Awaited<ReturnType<typeof sessionActor>>>;

/** One pair of caches per database handle: tests open many databases in one process. */
const caches = new WeakMap<
  Db,
  { organisations: ShortLived<Organisation | null>; sessions: ShortLived<SessionActor | null> }
>();

function cachesOf(db: Db) {
  let c = caches.get(db);
  if (!c) {
    c = {
      organisations: new ShortLived({
        ttlMs: IDENTITY_TTL_MS,
        dependsOn: IDENTITY,
        maxEntries: 100,
      }),
      sessions: new ShortLived({ ttlMs: IDENTITY_TTL_MS, dependsOn: IDENTITY }),
    };
    caches.set(db, c);
  }
  return c;
}

/** The organisation a request's host names (resolveOrganisation), from the cache when fresh. */
export function organisationFor(db: Db, host: string, now: Date) {
  const bare = host.toLowerCase().replace(/:\d+$/, '');
  return cachesOf(db).organisations.get(bare, now.getTime(), () => resolveOrganisation(db, bare));
}

/**
 * The live session behind a token and who it is in the organisation (sessionActor), from the
 * cache when fresh. Never served past the session's own expiry; an unknown token is asked of the
 * database every time.
 */
export function sessionFor(db: Db, token: string, organisationId: string | null, now: Date) {
  return cachesOf(db).sessions.get(
    `${hashToken(token)} ${organisationId ?? ''}`,
    now.getTime(),
    () => sessionActor(db, token, organisationId, now),
    { until: (s) => s?.expiresAt.getTime() ?? 0, keep: (s) => s !== null },
  );
}
