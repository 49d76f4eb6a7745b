/**
 * Browser-test global set-up: build the engine and the app (unless their sources are unchanged
 * since their last build), start it as `npm start` does (serve.js) on a free port with a fresh
 * database and data folder and the demo seed, in production mode (so SvelteKit's cross-site form
 * check is on), wait for /readyz, and hand the base URL to the tests. Teardown stops the server
 * with SIGTERM, checks that it shut down cleanly, and deletes the data folder and the database.
 *
 * The database is a new PostgreSQL database on the TEST_DATABASE_URL server when there is one
 * (decision 019): the embedded PGlite answers one query at a time, so the two browser files
 * running side by side waited on each other's every page. Without that variable, PGlite.
 */
import type { TestProject } from 'vitest/node';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath } from './chromium-path.ts';
import { adminQuery, databaseUrl } from '#lib/server/testing/postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    /** Session cookies of demo accounts signed in once here (sign-in is rate limited per IP). */
    sessions: Record<string, { name: string; value: string }>;
  }
}

const appDir = resolve(import.meta.dirname, '../..');
const buildScript = resolve(appDir, '../../scripts/build-if-stale.mjs');

/** Builds the engine and the app if their sources changed (as `npm start` does). */
function buildIfStale() {
  const started = Date.now();
  const result = spawnSync(process.execPath, [buildScript], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(`[e2e] the build failed:\n${result.stdout}\n${result.stderr}`);
  }
  const said = result.stdout.trim().split('\n').join('; ');
  console.log(`[e2e] ${said} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address && typeof address === 'object') {
        const { port } = address;
        server.close(() => resolvePort(port));
      } else {
        server.close(() => reject(new Error('no port')));
      }
    });
  });
}

async function waitUntilReady(baseUrl: string, server: ChildProcess, output: () => string) {
  // The demo seed (thousands of generated ballots) takes over a minute on a loaded 2-core CI box.
  const deadline = Date.now() + 180_000;
  let last = '';
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(
        `[e2e] the app exited (code ${server.exitCode}, signal ${server.signalCode}) before it was ready:\n${output()}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (e) {
      last = String(e);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`[e2e] the app was not ready within 180 s (last: ${last}):\n${output()}`);
}

const SHARED_ACCOUNTS = {
  admin: { email: 'andrei.muresan@primariaclujnapoca.ro', password: 'demo-admin-2026' },
  employee: { email: 'cristina.sabau@primariaclujnapoca.ro', password: 'demo-employee-2026' },
  moderator: { email: 'ioana.pop@primariaclujnapoca.ro', password: 'demo-moderator-2026' },
  participant: { email: 'sorin.chiorean@example.org', password: 'demo-participant-2026' },
  evaluator: { email: 'mihaela.rus@primariaclujnapoca.ro', password: 'demo-evaluator-2026' },
};

async function signInOverHttp(baseUrl: string, account: { email: string; password: string }) {
  const response = await fetch(`${baseUrl}/account/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: baseUrl, accept: 'text/html' },
    body: new URLSearchParams({ ...account, returnTo: '/' }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => !c.startsWith('locale='));
  if (response.status !== 303 || !cookie) {
    throw new Error(
      `[e2e] could not sign ${account.email} in over HTTP (HTTP ${response.status}): ${await response.text()}`,
    );
  }
  const [name, ...value] = cookie.split('=');
  return { name: name!, value: value.join('=') };
}

export default async function setup(project: TestProject) {
  // Fail loudly and first: without Chromium there is nothing to test.
  const chromium = chromiumPath();
  try {
    accessSync(chromium, constants.X_OK);
  } catch {
    throw new Error(
      `[e2e] Chromium not found or not executable at ${chromium}. Install Debian's "chromium" ` +
        `package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }

  buildIfStale();

  const dataDir = mkdtempSync(join(tmpdir(), 'innovato-e2e-'));
  const database = await freshDatabase();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DEMO: '1',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    ORIGIN: baseUrl,
    SECRET_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  };
  // Never on someone's PostgreSQL: a database of the run's own, or the embedded one.
  delete env.DATABASE_URL;
  if (database) env.DATABASE_URL = database.url;
  delete env.SMTP_URL;

  let log = '';
  // serve.js is what `npm start` runs: adapter-node's build with ORIGIN honoured at run time.
  const server = spawn(process.execPath, [join(appDir, 'serve.js')], {
    cwd: appDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    log += chunk.toString();
    if (log.length > 200_000) log = log.slice(-100_000);
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    server.once('exit', (code, signal) => done({ code, signal })),
  );

  const started = Date.now();
  try {
    await waitUntilReady(baseUrl, server, () => log);
  } catch (e) {
    server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
    throw e;
  }
  console.log(
    `[e2e] app ready at ${baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(${database ? `PostgreSQL ${database.name}` : `PGlite in ${dataDir}`}); Chromium: ${chromium}`,
  );

  const sessions: Record<string, { name: string; value: string }> = {};
  for (const [role, account] of Object.entries(SHARED_ACCOUNTS)) {
    sessions[role] = await signInOverHttp(baseUrl, account);
  }

  project.provide('baseUrl', baseUrl);
  project.provide('sessions', sessions);
  project.provide('chromiumPath', chromium);

  return async () => {
    try {
      if (server.exitCode !== null || server.signalCode !== null) {
        throw new Error(
          `[e2e] the app stopped during the tests (code ${server.exitCode}, signal ${server.signalCode}):\n${log.slice(-5000)}`,
        );
      }
      server.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>(
        (r) => (timer = setTimeout(() => r('timeout'), 15_000)),
      );
      const result = await Promise.race([exited, timeout]);
      clearTimeout(timer);
      if (result === 'timeout') {
        server.kill('SIGKILL');
        throw new Error(`[e2e] the app did not stop within 15 s of SIGTERM:\n${log.slice(-5000)}`);
      }
      if (result.code !== 0) {
        throw new Error(
          `[e2e] the app did not shut down cleanly (code ${result.code}, signal ${result.signal}):\n${log.slice(-5000)}`,
        );
      }
      if (/"level":(50|60)/.test(log)) {
        console.warn(`[e2e] the app logged errors during the run:\n${log.slice(-5000)}`);
      }
      console.log('[e2e] app stopped cleanly');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await database?.drop();
    }
  };
}

/** A new, empty database on the TEST_DATABASE_URL server (the app migrates and seeds it). */
async function freshDatabase() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return null;
  const name = `innovato_e2e_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  return {
    name,
    url: databaseUrl(serverUrl, name),
    drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  };
}
