import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ProviderContext } from 'oidc-provider';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import type { Organisation } from '../organisations/schema.ts';
import { hashPassword } from './passwords.ts';
import { createSession, userForSession } from './sessions.ts';
import { memberships, oidcIdentities, users } from './schema.ts';
import { completeSso, SsoFailed, startSso, type SsoSettings } from './sso.ts';
import { auditActions, sessionOf } from './testing.ts';

/**
 * A real OpenID Connect provider (oidc-provider) on a random local port; the test plays the
 * browser with fetch and hands the callback's query to our sso.ts.
 */
let database: Database;
let org: Organisation;
let server: Server;
let settings: SsoSettings;
const redirectUri = 'http://innovato.localhost/account/sso/callback';
const accounts = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  database = await openTestDatabase();
  org = await makeOrganisation(database.db);
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'innovato-r',
        client_secret: 'a-test-client-secret',
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    cookies: { keys: ['test-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx: unknown, sub: string) =>
      accounts.has(sub)
        ? { accountId: sub, claims: () => ({ sub, ...accounts.get(sub) }) }
        : undefined,
    // Consent is implied: the organisation's own application.
    loadExistingGrant: async (ctx: ProviderContext) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());
  settings = {
    issuer,
    clientId: 'innovato-r',
    clientSecret: 'a-test-client-secret',
    allowHttp: true,
    role: 'employee',
  };
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await database.close();
});

/** Follows the provider's redirects as a browser would, logging in as `sub` at its login form. */
async function authorizeAt(url: URL, sub: string): Promise<URL> {
  const jar = new Map<string, string>();
  const request = async (target: string, init: RequestInit = {}) => {
    const response = await fetch(target, {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    return response;
  };
  let location = url.toString();
  for (let step = 0; step < 10; step++) {
    const response = await request(location);
    const next = response.headers.get('location');
    if (!next) throw new Error(`provider stopped at ${location}: ${response.status}`);
    const resolved = new URL(next, location);
    if (resolved.toString().startsWith(redirectUri)) return resolved;
    if (resolved.pathname.startsWith('/interaction/')) {
      const login = await request(resolved.toString(), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login: sub, password: 'any' }).toString(),
      });
      location = new URL(login.headers.get('location')!, resolved).toString();
    } else {
      location = resolved.toString();
    }
  }
  throw new Error('too many redirects');
}

async function ssoSignIn(sub: string, tamper?: (search: URLSearchParams) => void) {
  const { url, pending } = await startSso(settings, redirectUri, '/calls');
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  const callback = await authorizeAt(url, sub);
  if (tamper) tamper(callback.searchParams);
  return sessionOf(
    await completeSso(
      await ctxFor(database.db, org, null),
      settings,
      redirectUri,
      callback.search,
      pending,
    ),
  );
}

describe('single sign-on for staff', () => {
  test('a first sign-in creates a verified employee account linked to the identity', async () => {
    accounts.set('emp-001', {
      email: 'Maria.Pop@primariaclujnapoca.ro',
      email_verified: true,
      name: 'Maria Pop',
    });
    const { user, token } = await ssoSignIn('emp-001');
    expect(user).toMatchObject({
      email: 'maria.pop@primariaclujnapoca.ro',
      name: 'Maria Pop',
      passwordHash: null,
    });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect((await userForSession(database.db, token, new Date()))?.id).toBe(user.id);
    const [m] = await database.db.select().from(memberships).where(eq(memberships.userId, user.id));
    expect(m!.roles).toEqual(['participant', 'employee']);
    const [identity] = await database.db
      .select()
      .from(oidcIdentities)
      .where(eq(oidcIdentities.userId, user.id));
    expect(identity).toMatchObject({ issuer: settings.issuer, subject: 'emp-001' });
    expect(await auditActions(database.db, user.id)).toEqual(
      expect.arrayContaining(['account.sign_up', 'account.sso_link']),
    );

    // The second time, the same account through the link (even if the address changed upstream).
    accounts.set('emp-001', {
      email: 'maria.pop2@primariaclujnapoca.ro',
      email_verified: true,
      name: 'Maria Pop',
    });
    const again = await ssoSignIn('emp-001');
    expect(again.user.id).toBe(user.id);
    expect(
      await database.db.select().from(oidcIdentities).where(eq(oidcIdentities.userId, user.id)),
    ).toHaveLength(1);
  });

  test('an existing account with the same address is linked; an unproven password on it is dropped', async () => {
    const squatter = await makeUser(database.db, org, ['participant'], {
      email: 'radu.ilie@primariaclujnapoca.ro',
      emailVerifiedAt: null,
      passwordHash: await hashPassword('chosen-by-someone-else'),
    });
    const theirSession = await createSession(database.db, squatter.id, new Date());
    accounts.set('emp-002', {
      email: 'radu.ilie@primariaclujnapoca.ro',
      email_verified: true,
      name: 'Radu Ilie',
    });
    const { user } = await ssoSignIn('emp-002');
    expect(user.id).toBe(squatter.id);
    expect(user.passwordHash).toBeNull();
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await userForSession(database.db, theirSession.token, new Date())).toBeNull();
  });

  test('a tampered state is refused and nothing is created', async () => {
    accounts.set('emp-003', {
      email: 'eve@primariaclujnapoca.ro',
      email_verified: true,
      name: 'Eve',
    });
    await expect(ssoSignIn('emp-003', (s) => s.set('state', 'forged'))).rejects.toThrow(SsoFailed);
    expect(
      await database.db.select().from(users).where(eq(users.email, 'eve@primariaclujnapoca.ro')),
    ).toEqual([]);
  });

  test('an address the provider does not vouch for links no existing account', async () => {
    const existing = await makeUser(database.db, org, ['participant'], {
      email: 'dan@primariaclujnapoca.ro',
    });
    accounts.set('emp-004', {
      email: 'dan@primariaclujnapoca.ro',
      email_verified: false,
      name: 'Dan',
    });
    await expect(ssoSignIn('emp-004')).rejects.toThrow(SsoFailed);
    // Without the claim at all, the same.
    accounts.set('emp-005', { email: 'dan@primariaclujnapoca.ro', name: 'Dan' });
    await expect(ssoSignIn('emp-005')).rejects.toThrow(SsoFailed);
    expect(
      await database.db.select().from(oidcIdentities).where(eq(oidcIdentities.userId, existing.id)),
    ).toEqual([]);
  });

  test('a new address the provider does not vouch for makes an account whose address is still to be confirmed', async () => {
    accounts.set('emp-006', { email: 'ana.new@primariaclujnapoca.ro', name: 'Ana' });
    const { user } = await ssoSignIn('emp-006');
    expect(user.email).toBe('ana.new@primariaclujnapoca.ro');
    expect(user.emailVerifiedAt).toBeNull();
  });

  test('a provider for citizens makes participants, not employees', async () => {
    accounts.set('cit-001', { email: 'ion@example.org', email_verified: true, name: 'Ion' });
    const { url, pending } = await startSso({ ...settings, role: 'participant' }, redirectUri, '/');
    const callback = await authorizeAt(url, 'cit-001');
    const { user } = sessionOf(
      await completeSso(
        await ctxFor(database.db, org, null),
        { ...settings, role: 'participant' },
        redirectUri,
        callback.search,
        pending,
      ),
    );
    const [m] = await database.db.select().from(memberships).where(eq(memberships.userId, user.id));
    expect(m!.roles).toEqual(['participant']);
  });
});
