/**
 * Operations tests run the built app as a process of its own, on PostgreSQL, the way it runs in
 * production — behind a reverse proxy, with the database going away — and talk to it over HTTP
 * exactly as a proxy or an attacker would (raw requests, any Host header).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import pg from 'pg';

const appDir = resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** A fresh database on the TEST_DATABASE_URL server, dropped by `drop()`. */
export async function freshDatabase() {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) throw new Error('the operations tests need TEST_DATABASE_URL');
  const name = `innovato_ops_${randomBytes(5).toString('hex')}`;
  await admin(server, `create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => admin(server, `drop database if exists ${name} with (force)`),
  };
}

export async function admin(serverUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query(statement);
  } finally {
    await client.end();
  }
}

export interface App {
  port: number;
  process: ChildProcess;
  output: () => string;
  stop(): Promise<number | null>;
}

/** Starts serve.js with this environment (production, no demo) and waits until it listens. */
export async function startApp(env: Record<string, string>, waitReady = true): Promise<App> {
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, [join(appDir, 'serve.js')], {
    cwd: appDir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      DEMO: '0',
      PORT: String(port),
      HOST: '127.0.0.1',
      SECRET_KEY: 'operations-tests-secret-key-0123456789',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
  const app: App = {
    port,
    process: child,
    output: () => log,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done(child.exitCode);
        child.once('exit', (code) => done(code));
        child.kill('SIGTERM');
      }),
  };
  if (waitReady)
    await until(async () => (await request(app, '/healthz')).status === 200, 60_000, app);
  return app;
}

export async function until(check: () => Promise<boolean>, ms: number, app?: App) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (app && app.process.exitCode !== null)
      throw new Error(`the app exited (${app.process.exitCode}):\n${app.output()}`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not within ${ms} ms${app ? `:\n${app.output().slice(-3000)}` : ''}`);
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One raw HTTP request, with whatever headers a proxy (or an attacker) sends. */
export function request(
  app: Pick<App, 'port'>,
  path: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    form?: Record<string, string>;
  } = {},
): Promise<Answer> {
  const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
  return new Promise((done, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: app.port,
        path,
        method: options.method ?? (body ? 'POST' : 'GET'),
        headers: {
          accept: 'text/html',
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          ...options.headers,
        },
        timeout: 10_000,
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

/** The session cookie a response set, as `name=value`. */
export const sessionCookie = (a: Answer) =>
  (a.headers['set-cookie'] ?? [])
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('session='));
