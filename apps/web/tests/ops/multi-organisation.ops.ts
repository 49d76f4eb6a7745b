/**
 * Several organisations on one installation behind a TLS reverse proxy (docs/operations.md):
 * each host is its own organisation, forms post from each, cookies are Secure, HSTS is sent,
 * and nothing of one organisation's people reaches another's administrators.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { openDatabase, type Database } from '#lib/server/db/client.ts';
import { bundledMigrations, migrate } from '#lib/server/db/migrate.ts';
import { createOrganisation } from '#lib/server/organisations/create.ts';
import { resetPassword } from '#lib/server/accounts/password-reset.ts';
import { outboxEmails } from '#lib/server/mail/schema.ts';
import { freshDatabase, request, sessionCookie, startApp, type App } from './app-process.ts';

const PASSWORD = 'o parolă lungă și bună pentru test';
let db: Awaited<ReturnType<typeof freshDatabase>>;
let database: Database;
let app: App;
const people = { cluj: 'admin@primariaclujnapoca.ro', oradea: 'admin@oradea.ro' };

/**
 * The headers the documented nginx configuration sends (read from docs/operations.md, so that
 * the documentation and this test cannot drift apart), for this public host and client.
 */
const documented = readFileSync(new URL('../../../../docs/operations.md', import.meta.url), 'utf8');
const nginx = /```nginx\n([\s\S]*?)```/.exec(documented)![1]!;
const proxyHeaders = [...nginx.matchAll(/proxy_set_header\s+([\w-]+)\s+"?([^";]*)"?;/g)].map(
  ([, name, value]) => [name!.toLowerCase(), value!] as const,
);

function via(host: string, client = '198.51.100.7', extra: Record<string, string> = {}) {
  const vars: Record<string, string> = {
    $host: host,
    $scheme: 'https',
    $proxy_add_x_forwarded_for: client,
  };
  const headers = Object.fromEntries(
    proxyHeaders
      .filter(([, value]) => value !== '')
      .map(([name, value]) => [name, value.replace(/\$\w+/g, (v) => vars[v] ?? v)]),
  );
  return { ...headers, ...extra };
}

async function organisation(slug: string, name: string, host: string, email: string) {
  const created = await createOrganisation(
    database.db,
    {
      slug,
      name_ro: name,
      hosts: [host],
      publicUrl: `https://${host}`,
      timeZone: 'Europe/Bucharest',
      defaultLocale: 'ro',
      adminEmail: email,
      adminName: `Admin ${name}`,
    },
    new Date(),
  );
  const ctx = { db: database.db, org: created.organisation, actor: null, now: () => new Date() };
  await resetPassword(ctx, { token: created.passwordToken, password: PASSWORD });
  return created.organisation;
}

beforeAll(async () => {
  db = await freshDatabase();
  database = await openDatabase({ kind: 'postgres', url: db.url });
  await migrate(database.db, bundledMigrations());
  await organisation('cluj', 'Primăria Cluj-Napoca', 'inovare.cluj.test', people.cluj);
  await organisation('oradea', 'Primăria Oradea', 'idei.oradea.test', people.oradea);
  app = await startApp({ DATABASE_URL: db.url, ORIGIN: 'https://platform.test', TRUST_PROXY: '1' });
}, 120_000);
afterAll(async () => {
  expect(await app?.stop()).toBe(0);
  await database?.close();
  await db?.drop();
});

async function signIn(host: string, email: string) {
  const answer = await request(app, '/account/sign-in', {
    headers: via(host, '198.51.100.20', { origin: `https://${host}` }),
    form: { email, password: PASSWORD, returnTo: '/' },
  });
  expect(answer.status, answer.body.slice(0, 500)).toBe(303);
  return answer;
}

describe('one installation, two organisations, behind a TLS proxy', () => {
  test('the documented proxy sends the headers the app relies on', () => {
    expect(proxyHeaders.map(([name]) => name)).toEqual(
      expect.arrayContaining(['host', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-for']),
    );
  });

  test('each host is its own organisation; an unknown host is none', async () => {
    expect((await request(app, '/', { headers: via('idei.oradea.test') })).body).toContain(
      'Primăria Oradea',
    );
    expect((await request(app, '/', { headers: via('inovare.cluj.test') })).body).toContain(
      'Primăria Cluj-Napoca',
    );
    expect((await request(app, '/', { headers: via('evil.test') })).status).toBe(404);
  });

  test('HSTS and the security headers on pages and static files alike', async () => {
    for (const path of ['/', '/app.css', '/favicon.svg']) {
      const { headers, status } = await request(app, path, { headers: via('idei.oradea.test') });
      expect(status, path).toBe(200);
      expect(headers['strict-transport-security'], path).toMatch(/max-age=\d+/);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
    // Revalidating a page: the 304 must not bring the strict default policy into the cached page.
    const page = await request(app, '/', { headers: via('idei.oradea.test') });
    const again = await request(app, '/', {
      headers: via('idei.oradea.test', '198.51.100.7', {
        'if-none-match': String(page.headers.etag),
      }),
    });
    expect(again.status).toBe(304);
    expect(again.headers['content-security-policy']).toBeUndefined();
  });

  test('pages travel compressed to a client that accepts it, plain otherwise', async () => {
    const br = await request(app, '/', {
      headers: via('idei.oradea.test', '198.51.100.7', { 'accept-encoding': 'gzip, br' }),
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    const plain = await request(app, '/', { headers: via('idei.oradea.test') });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('Primăria Oradea');
    expect(Number(br.headers['content-length'])).toBeLessThan(Buffer.byteLength(plain.body) / 2);
  });

  test('forms post from each organisation’s own origin; the session cookie is Secure', async () => {
    const answer = await signIn('idei.oradea.test', people.oradea);
    const cookie = (answer.headers['set-cookie'] ?? []).find((c) => c.startsWith('session='))!;
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // A form posted to Oradea from Cluj's origin is cross-site: refused.
    const cross = await request(app, '/account/sign-in', {
      headers: via('idei.oradea.test', '198.51.100.21', { origin: 'https://inovare.cluj.test' }),
      form: { email: people.oradea, password: PASSWORD },
    });
    expect(cross.status).toBe(403);
  });

  test('an administrator of Oradea cannot obtain a reset link for a person of Cluj', async () => {
    // The attacker asks for the Cluj administrator's reset link on Oradea's site…
    const asked = await request(app, '/account/forgot-password', {
      headers: via('idei.oradea.test', '198.51.100.22', { origin: 'https://idei.oradea.test' }),
      form: { email: people.cluj },
    });
    expect(asked.status).toBe(303);
    // …then reads Oradea's e-mails page: the mail is not there, nor any live link.
    const session = sessionCookie(await signIn('idei.oradea.test', people.oradea))!;
    const page = await request(app, '/admin/emails', {
      headers: via('idei.oradea.test', '198.51.100.22', { cookie: session }),
    });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(people.cluj);
    expect(page.body).not.toContain('token=');
    // The mail exists — addressed to its owner, under no organisation, links from configuration.
    const [mail] = await database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.to, people.cluj))
      .orderBy(sql`created_at desc`)
      .limit(1);
    expect(mail!.organisationId).toBeNull();
    expect(mail!.text).toContain('https://idei.oradea.test/account/reset-password?token=');
    expect(mail!.redactedText).not.toContain('token=');
    // Cluj's administrators do not list account mails either.
    const clujSession = sessionCookie(await signIn('inovare.cluj.test', people.cluj))!;
    const clujPage = await request(app, '/admin/emails', {
      headers: via('inovare.cluj.test', '198.51.100.23', { cookie: clujSession }),
    });
    expect(clujPage.body).not.toContain('token=');
  });

  test('guesses sprayed from fifty addresses do not stop the owner, from their own browser', async () => {
    const host = 'inovare.cluj.test';
    // The owner signed in before from their browser: it holds the known-device cookie.
    const before = await signIn(host, people.cluj);
    const device = (before.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0]!)
      .find((c) => c.startsWith('device='))!;
    expect(device).toBeTruthy();
    const attempts = [];
    for (let i = 0; i < 50; i++) {
      attempts.push(
        await request(app, '/account/sign-in', {
          headers: via(host, `203.0.113.${i}`, { origin: `https://${host}` }),
          form: { email: people.cluj, password: `guess number ${i}` },
        }),
      );
    }
    expect(attempts.slice(0, 10).every((a) => a.status === 400)).toBe(true);
    const refused = attempts.at(-1)!;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // A new browser with the right password waits…
    const stranger = await request(app, '/account/sign-in', {
      headers: via(host, '192.0.2.99', { origin: `https://${host}` }),
      form: { email: people.cluj, password: PASSWORD },
    });
    expect(stranger.status).toBe(429);
    // …the owner's browser, from yet another address, gets in.
    const owner = await request(app, '/account/sign-in', {
      headers: via(host, '192.0.2.100', { origin: `https://${host}`, cookie: device }),
      form: { email: people.cluj, password: PASSWORD, returnTo: '/' },
    });
    expect(owner.status).toBe(303);
    expect(sessionCookie(owner)).toBeTruthy();
  });
});
