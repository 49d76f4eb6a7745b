// Page-serving benchmark: the built app (apps/web/build, via serve.js) on a fresh embedded
// database with the demo data — or on PostgreSQL with --postgres URL — answering N requests per
// page at a fixed concurrency from this same machine. Prints requests/s and latency percentiles.
// Usage: npm run build -w apps/web && npx tsx bench/web-pages.ts [--requests 400] [--concurrency 8] [--postgres URL]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '400' },
    concurrency: { type: 'string', default: '8' },
    postgres: { type: 'string' },
  },
});
const total = Number(args.requests);
const concurrency = Number(args.concurrency);
const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'innovato-bench-'));

const server = spawn(
  process.execPath,
  [new URL('../apps/web/serve.js', import.meta.url).pathname],
  {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO: '1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      ...(args.postgres ? { DATABASE_URL: args.postgres } : { DATABASE_URL: '' }),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);

async function waitReady() {
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`${base}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become ready');
}

async function signIn(email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/account/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('session='));
  if (!cookie) throw new Error(`sign-in failed: ${res.status}`);
  return cookie.split(';')[0]!;
}

async function measure(name: string, path: string, cookie?: string) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const t0 = performance.now();
        const res = await fetch(base + path, { headers: cookie ? { cookie } : {} });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
        times.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const pct = (p: number) =>
    times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
  console.log(
    `${name.padEnd(34)} ${(total / seconds).toFixed(0).padStart(6)} req/s   p50 ${pct(50).padStart(6)} ms   p95 ${pct(95).padStart(6)} ms`,
  );
}

try {
  await waitReady();
  const employee = await signIn('cristina.sabau@primariaclujnapoca.ro', 'demo-employee-2026');
  const calls = await fetch(`${base}/calls`, { headers: { cookie: employee } }).then((r) =>
    r.text(),
  );
  const callPath = /href="(\/calls\/[0-9a-f-]{36})"/.exec(calls)?.[1];
  const list = await fetch(base + callPath, { headers: { cookie: employee } }).then((r) =>
    r.text(),
  );
  const proposalPath = /href="(\/proposals\/[0-9a-f-]{36})"/.exec(list)?.[1];
  if (!callPath || !proposalPath) throw new Error('demo call or proposal not found');
  console.log(
    `${total} requests per page, ${concurrency} at a time, ${args.postgres ? 'PostgreSQL' : 'PGlite'}; node ${process.version}`,
  );
  await measure('GET /healthz', '/healthz');
  await measure('GET / (visitor)', '/');
  await measure('GET /accessibility (visitor)', '/accessibility');
  await measure('GET /calls/:id (employee, 20 items)', callPath, employee);
  await measure('GET /proposals/:id (employee)', proposalPath, employee);
  await measure('GET /my/proposals (employee)', '/my/proposals', employee);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
