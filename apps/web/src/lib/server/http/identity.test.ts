import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import type { Organisation } from '../organisations/schema.ts';
import { organisations } from '../organisations/schema.ts';
import { memberships, sessions, type User } from '../accounts/schema.ts';
import { createSession, SESSION_DAYS } from '../accounts/sessions.ts';
import { signOut } from '../accounts/sign-in.ts';
import { updateMember } from '../accounts/members.ts';
import { updateOrganisationSettings } from '../organisations/settings.ts';
import { IDENTITY_TTL_MS, organisationFor, sessionFor } from './identity.ts';

/**
 * Decision 022: the organisation and the session are cached for a few seconds. A change made in
 * this process is seen at once; one made by another process (here: written straight to the
 * database, as a second app process would) is served for at most IDENTITY_TTL_MS, never longer.
 */
let database: Database;
let org: Organisation;
let admin: User;
let employee: User;
const HOST = 'idei.primariaclujnapoca.ro';
beforeAll(async () => {
  database = await openTestDatabase();
  org = await makeOrganisation(database.db, { hosts: [HOST] });
  // A second organisation: the host decides, not the single-organisation fallback.
  await makeOrganisation(database.db, { hosts: ['idei.primariaoradea.ro'] });
  admin = await makeUser(database.db, org, ['participant', 'admin']);
  employee = await makeUser(database.db, org, ['participant', 'employee']);
});
afterAll(() => database.close());

const at = (t0: Date, ms: number) => new Date(t0.getTime() + ms);
const rolesOf = async (token: string, now: Date) =>
  (await sessionFor(database.db, token, org.id, now))?.actor.roles ?? null;

describe('the session cache', () => {
  test('a session signed out by another process is refused once the bound has passed, never later', async () => {
    const t0 = new Date();
    const { token } = await createSession(database.db, employee.id, t0);
    expect(await rolesOf(token, t0)).toEqual(['participant', 'employee']);
    // Another process ends the session: this one was not told.
    await database.db.delete(sessions).where(eq(sessions.userId, employee.id));
    // Within the bound it may still be served (this is what the cache saves)…
    expect(await rolesOf(token, at(t0, IDENTITY_TTL_MS - 1))).not.toBeNull();
    // …and from the bound on, never.
    expect(await rolesOf(token, at(t0, IDENTITY_TTL_MS))).toBeNull();
    expect(await rolesOf(token, at(t0, IDENTITY_TTL_MS + 60_000))).toBeNull();
  });

  test('a session signed out in this process is refused at once', async () => {
    const t0 = new Date();
    const { token } = await createSession(database.db, employee.id, t0);
    expect(await rolesOf(token, t0)).not.toBeNull();
    await signOut(await ctxFor(database.db, org, employee), token);
    expect(await rolesOf(token, t0)).toBeNull();
  });

  test('roles taken away in this process are gone from the next request; by another, within the bound', async () => {
    const t0 = new Date();
    const { token } = await createSession(database.db, employee.id, t0);
    expect(await rolesOf(token, t0)).toEqual(['participant', 'employee']);
    const [m] = await database.db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, employee.id));
    await updateMember(await ctxFor(database.db, org, admin), m!.id, { roles: [] });
    expect(await rolesOf(token, t0)).toEqual(['participant']);

    await database.db
      .update(memberships)
      .set({ roles: ['participant', 'employee'] })
      .where(eq(memberships.id, m!.id));
    expect(await rolesOf(token, at(t0, 1))).toEqual(['participant']);
    expect(await rolesOf(token, at(t0, IDENTITY_TTL_MS + 1))).toEqual(['participant', 'employee']);
  });

  test('a cached session is never served past its own expiry', async () => {
    const t0 = new Date();
    // Opened so long ago that it ends one second from now: sooner than the cache's bound.
    const opened = new Date(t0.getTime() - SESSION_DAYS * 86_400_000 + 1_000);
    const { token } = await createSession(database.db, employee.id, opened);
    expect(await rolesOf(token, t0)).not.toBeNull();
    expect(await rolesOf(token, at(t0, 1_000))).toBeNull();
  });

  test('an unknown token is asked of the database each time, and a session for another organisation is its own entry', async () => {
    const t0 = new Date();
    expect(await rolesOf('made-up-token', t0)).toBeNull();
    const { token } = await createSession(database.db, employee.id, t0);
    expect(await sessionFor(database.db, token, null, t0)).toMatchObject({ actor: { roles: [] } });
    expect(await rolesOf(token, t0)).toEqual(['participant', 'employee']);
  });
});

describe('the organisation cache', () => {
  test('settings changed in this process are seen at once; by another process, within the bound', async () => {
    const t0 = new Date();
    expect((await organisationFor(database.db, `${HOST}:443`, t0))?.id).toBe(org.id);
    await updateOrganisationSettings(await ctxFor(database.db, org, admin), {
      name_ro: 'Primăria Cluj-Napoca',
      timeZone: 'Europe/Bucharest',
      defaultLocale: 'hu',
      hosts: HOST,
    });
    expect((await organisationFor(database.db, HOST, t0))?.defaultLocale).toBe('hu');

    await database.db
      .update(organisations)
      .set({ defaultLocale: 'en' })
      .where(eq(organisations.id, org.id));
    expect((await organisationFor(database.db, HOST, at(t0, 1)))?.defaultLocale).toBe('hu');
    expect((await organisationFor(database.db, HOST, at(t0, IDENTITY_TTL_MS)))?.defaultLocale).toBe(
      'en',
    );
  });
});
