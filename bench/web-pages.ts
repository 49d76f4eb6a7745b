// Page-serving benchmark at city scale (issue 12). Starts the built app (apps/web/build via
// serve.js, production mode) on a fresh database with the demo data, adds a big city's rows
// (--users people, --proposals proposals in the demo's internal call), then loads each page with
// autocannon — an established load generator, in its own process — at --connections for
// --duration seconds, next to two baselines: a bare Node server (its own process) sending the
// same bytes (the machine's limit) and the call page rendered by the app from constant data
// (/bench/calls/:id, BENCH_CONSTANT_PAGE=1: the framework's limit). Prints a Markdown table for
// docs/performance.md, with the load average (the machine may be shared).
//
// Usage: npm run build -w apps/web && npx tsx bench/web-pages.ts
//          [--postgres postgres://postgres@127.0.0.1:5432] [--proposals 10000] [--users 50000]
//          [--connections 50] [--duration 20]
// With --postgres, a database innovato_bench_<pid> is created on that server and dropped after.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bulkSeed, openBenchDatabase, type BenchDb } from './web-seed.ts';

const { values: args } = parseArgs({
  options: {
    postgres: { type: 'string' },
    proposals: { type: 'string', default: '10000' },
    users: { type: 'string', default: '50000' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '20' },
    /** Pages whose name contains this text only. */
    only: { type: 'string' },
    /** Writes the server's CPU profile (.cpuprofile, for Chrome's DevTools) to this folder. */
    profile: { type: 'string' },
  },
});
const require = createRequire(import.meta.url);
const autocannonBin = join(require.resolve('autocannon/package.json'), '..', 'autocannon.js');
const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'innovato-bench-'));
const dbName = `innovato_bench_${process.pid}`;
const secretKey = randomBytes(32).toString('hex');
const databaseUrl = args.postgres ? `${args.postgres.replace(/\/$/, '')}/${dbName}` : '';

function startServer(): ChildProcess {
  const profile = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : [];
  const serve = new URL('../apps/web/serve.js', import.meta.url).pathname;
  return spawn(process.execPath, [...profile, serve], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO: '1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      ORIGIN: base,
      SECRET_KEY: secretKey,
      // /bench/calls/:id: the call page from constant data, the framework's own limit.
      BENCH_CONSTANT_PAGE: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null) return;
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
}

async function waitReady(url = `${base}/readyz`) {
  for (let i = 0; i < 1200; i++) {
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not become ready`);
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

interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  bytes: number;
}

/** autocannon in its own process, as a city's browsers would be: never in the server's thread. */
function load(url: string, headers: Record<string, string> = {}): Promise<Result> {
  const flags = ['-j', '-c', args.connections!, '-d', args.duration!];
  for (const [k, v] of Object.entries({ 'accept-encoding': 'gzip, br', ...headers }))
    flags.push('-H', `${k}=${v}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [autocannonBin, ...flags, url], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.on('exit', () => {
      try {
        const r = JSON.parse(out);
        resolve({
          rps: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          errors: r.errors + r.timeouts + r.non2xx,
          bytes: r.throughput.average / Math.max(1, r.requests.average),
        });
      } catch (e) {
        reject(new Error(`autocannon gave no result for ${url}: ${e}`));
      }
    });
  });
}

/** A bare Node server in its own process sending these bytes: what the machine can do at most. */
async function bareServer(body: Buffer, headers: Record<string, string>) {
  const file = join(dataDir, 'bare-body');
  writeFileSync(file, body);
  const barePort = port + 100;
  const code = `const b=require('fs').readFileSync(${JSON.stringify(file)});const h=${JSON.stringify(headers)};
require('http').createServer((q,s)=>{s.writeHead(200,h);s.end(b)}).listen(${barePort},'127.0.0.1')`;
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  await waitReady(`http://127.0.0.1:${barePort}/`);
  return { url: `http://127.0.0.1:${barePort}/`, stop: () => stopServer(child) };
}

async function main() {
  let bench: BenchDb | null = null;
  if (args.postgres) await createDatabase();
  let server = startServer();
  try {
    await waitReady();
    if (!args.postgres) await stopServer(server); // the embedded database has one owner at a time
    bench = await openBenchDatabase(databaseUrl, dataDir);
    const seeded = await bulkSeed(bench, Number(args.users), Number(args.proposals));
    await bench.close();
    bench = null;
    if (!args.postgres) server = startServer();
    await waitReady();
    const employee = await signIn('cristina.sabau@primariaclujnapoca.ro', 'demo-employee-2026');
    const call = `/calls/${seeded.callId}`;
    const participant = await signIn('sorin.chiorean@example.org', 'demo-participant-2026');
    const pages: [string, string, string?][] = [
      ['`/` (visitor)', '/'],
      ['`/` (employee)', '/', employee],
      ['call page 1 (employee)', call, employee],
      [
        `call page ${Math.ceil(seeded.listed / 40)} (middle)`,
        `${call}?page=${Math.ceil(seeded.listed / 40)}`,
        employee,
      ],
      ['call, last page', `${call}?page=1000000`, employee],
      ['call, a category', `${call}?category=sustainability`, employee],
      ['call, a search', `${call}?q=${encodeURIComponent('parcare')}`, employee],
      ['a proposal (employee)', `/proposals/${seeded.proposalId}`, employee],
      ['the proposal form', `${call}/proposals/new`, employee],
      [
        'my proposals (author of many)',
        '/my/proposals',
        await signIn(seeded.busyAuthorEmail, 'demo-employee-2026'),
      ],
      ['PB booth, this year (participant)', `/pb/${seeded.pbVotingId}/vote`, participant],
      ['PB results, last year (visitor)', `/pb/${seeded.pbResultsId}/results`],
      ['impact dashboard (visitor)', '/impact'],
    ];
    // The constant page keeps what its first request loaded: the employee's page 1.
    await raw(`/bench${call}`, employee);
    // The bare server sends the proposal page's own bytes, compressed as the app sends them.
    const sample = await raw(`/proposals/${seeded.proposalId}`, employee);
    const bare = await bareServer(sample.body, sample.headers);
    const limit = await load(bare.url);
    await bare.stop();
    // The same call page rendered from constant data: what the framework itself allows.
    const framework = await load(`${base}/bench${call}`, { cookie: employee });
    const kind = args.postgres ? 'PostgreSQL' : 'PGlite';
    const loadAverage = () =>
      readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    console.log(
      `\nload average at the start: ${loadAverage()} (${availableParallelism()} cores)` +
        `\n${kind}; ${seeded.users} people, ${seeded.proposals} proposals (${seeded.listed} listed in the call); ` +
        `${args.connections} connections for ${args.duration} s; node ${process.version}\n`,
    );
    console.log(
      '| page | req/s | p50 ms | p99 ms | errors | share of the bare server | share of the constant page |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    const share = (r: Result, of: Result) => `${((100 * r.rps) / of.rps).toFixed(1)}%`;
    const row = (name: string, r: Result) =>
      console.log(
        `| ${name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${share(r, limit)} | ${share(r, framework)} |`,
      );
    row('bare Node server, same bytes', limit);
    row('call page 1 from constant data (the framework)', framework);
    for (const [name, path, cookie] of pages.filter(([n]) => n.includes(args.only ?? '')))
      row(name, await load(base + path, cookie ? { cookie } : {}));
    console.log(`\nload average at the end: ${loadAverage()}`);
  } finally {
    await bench?.close();
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
    if (args.postgres) await dropDatabase();
  }
}

/** A page's bytes as they leave the app (compressed), with the headers that describe them. */
function raw(
  path: string,
  cookie: string,
): Promise<{ body: Buffer; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    get(base + path, { headers: { cookie, 'accept-encoding': 'gzip, br' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          body: Buffer.concat(chunks),
          headers: {
            'content-type': String(res.headers['content-type']),
            ...(res.headers['content-encoding']
              ? { 'content-encoding': String(res.headers['content-encoding']) }
              : {}),
          },
        }),
      );
    }).on('error', reject);
  });
}

async function adminQuery(sql: string) {
  const pg = (await import('pg')).default;
  const client = new pg.Client({
    connectionString: `${args.postgres!.replace(/\/$/, '')}/postgres`,
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
const createDatabase = () => adminQuery(`create database ${dbName}`);
const dropDatabase = () => adminQuery(`drop database if exists ${dbName} with (force)`);

await main();
