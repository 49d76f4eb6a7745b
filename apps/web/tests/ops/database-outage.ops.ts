/**
 * The database can come and go: a TCP proxy the test controls stands between the app and
 * PostgreSQL; cutting it is a dropped network or a server restart. The process must live on,
 * answer 503 (readiness within 2 s) while the database is away, and recover with no restart.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import net from 'node:net';
import { freePort, freshDatabase, request, startApp, until, type App } from './app-process.ts';
import { openDatabase } from '#lib/server/db/client.ts';
import { bundledMigrations, migrate } from '#lib/server/db/migrate.ts';
import { createOrganisation } from '#lib/server/organisations/create.ts';

/** A TCP relay to PostgreSQL that can be cut (every connection dropped, new ones refused). */
async function relay(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let up = true;
  const server = net.createServer((client) => {
    if (!up) return client.destroy();
    const upstream = net.connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  const port = await freePort();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    port,
    cut() {
      up = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      up = true;
    },
    close: () => new Promise((done) => server.close(done)),
  };
}

let db: Awaited<ReturnType<typeof freshDatabase>>;
let proxy: Awaited<ReturnType<typeof relay>>;
let app: App;

beforeAll(async () => {
  db = await freshDatabase();
  const direct = await openDatabase({ kind: 'postgres', url: db.url });
  await migrate(direct.db, bundledMigrations());
  await createOrganisation(
    direct.db,
    {
      slug: 'cluj',
      name_ro: 'Primăria Cluj-Napoca',
      timeZone: 'Europe/Bucharest',
      defaultLocale: 'ro',
      adminEmail: 'admin@primariaclujnapoca.ro',
      adminName: 'Admin',
    },
    new Date(),
  );
  await direct.close();
  const url = new URL(db.url);
  proxy = await relay({ host: url.hostname, port: Number(url.port || 5432) });
  url.host = `127.0.0.1:${proxy.port}`;
  app = await startApp({ DATABASE_URL: url.toString(), ORIGIN: 'http://127.0.0.1' });
}, 120_000);
afterAll(async () => {
  const code = await app?.stop();
  await proxy?.close();
  await db?.drop();
  expect(code).toBe(0);
});

describe('the database goes away and comes back', () => {
  test('503 while it is away, within 2 s; 200 again once it is back; the process lives', async () => {
    expect((await request(app, '/readyz')).status).toBe(200);
    expect((await request(app, '/')).status).toBe(200);

    proxy.cut();
    const started = Date.now();
    const ready = await request(app, '/readyz');
    expect(ready.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(2000);
    const page = await request(app, '/', { headers: { 'accept-language': 'ro' } });
    expect(page.status).toBe(503);
    expect(page.headers['retry-after']).toBeTruthy();
    expect(page.body).toContain('Serviciul este indisponibil');
    expect((await request(app, '/healthz')).status).toBe(200); // alive

    proxy.restore();
    await until(async () => (await request(app, '/readyz')).status === 200, 15_000, app);
    expect((await request(app, '/')).status).toBe(200);
    expect(app.process.exitCode).toBeNull();
    expect(app.output()).not.toMatch(/"level":60/); // nothing fatal logged
  });

  test('a process started while the database is unreachable waits, says so, then serves', async () => {
    proxy.cut();
    const url = new URL(db.url);
    url.host = `127.0.0.1:${proxy.port}`;
    const late = await startApp(
      { DATABASE_URL: url.toString(), ORIGIN: 'http://127.0.0.1' },
      false,
    );
    try {
      await until(
        async () => /database unreachable at 127\.0\.0\.1:\d+; retrying/.test(late.output()),
        20_000,
        late,
      );
      expect(late.output()).not.toMatch(/\n\s+at /); // a clear line, not a stack trace
      proxy.restore();
      await until(async () => (await request(late, '/readyz')).status === 200, 60_000, late);
    } finally {
      proxy.restore();
      expect(await late.stop()).toBe(0);
    }
  });
});
