// Impact dashboard benchmark (issue 10): an organisation with --projects projects and --entries
// savings entries (fillImpact, the same generator as the totals test: every state, every metric,
// three years, ~70 % verified), then
//   1. the dashboard's domain call (impactDashboard) and the projects CSV, in this process, for
//      several filter combinations: best and median of --runs after one warm-up;
//   2. with PostgreSQL, the built app (apps/web/build via serve.js, production mode) on the same
//      database: /impact, /impact/data.json and /impact/projects.csv fetched one after another
//      (response time as one visitor sees it, not throughput).
// Prints Markdown tables for docs/performance.md.
//
// Usage: npm run build -w apps/web && npx tsx bench/impact-dashboard.ts
//          [--postgres postgres://postgres@127.0.0.1:5432 | --pglite] [--projects 10000]
//          [--entries 100000] [--runs 7]
// With PostgreSQL a database innovato_bench_impact_<pid> is created on that server and dropped.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../apps/web/src/lib/server/db/client.ts';
import { migrate, migrationsFromSource } from '../apps/web/src/lib/server/db/migrate.ts';
import { ctxFor, makeOrganisation } from '../apps/web/src/lib/server/testing/factories.ts';
import { fillImpact } from '../apps/web/src/lib/server/projects/bulk.ts';
import { impactDashboard, projectScope } from '../apps/web/src/lib/server/projects/dashboard.ts';
import { projectsCsv } from '../apps/web/src/lib/server/projects/export.ts';
import { publicProjects } from '../apps/web/src/lib/server/projects/queries.ts';
import { sendReminders } from '../apps/web/src/lib/server/projects/reminders.ts';

const { values: args } = parseArgs({
  options: {
    postgres: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    pglite: { type: 'boolean', default: false },
    projects: { type: 'string', default: '10000' },
    entries: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '7' },
  },
});
const runs = Number(args.runs);
const dbName = `innovato_bench_impact_${process.pid}`;
const server = args.postgres.replace(/\/$/, '');

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: `${server}/postgres` });
  await client.connect();
  await client.query(statement);
  await client.end();
}

/** Best and median of `runs` timed calls, after one warm-up call. */
async function time(fn: () => Promise<unknown>) {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { best: ms[0]!, median: ms[Math.floor(ms.length / 2)]!, all: ms };
}
const f = (ms: number) => `${ms.toFixed(0)} ms`;

async function domainTimings(
  database: Database,
  org: Awaited<ReturnType<typeof makeOrganisation>>,
  filled: Awaited<ReturnType<typeof fillImpact>>,
) {
  const ctx = await ctxFor(database.db, org, null);
  const cases: [string, Record<string, string>][] = [
    ['no filter', {}],
    ['year 2025', { year: '2025' }],
    ['department + metric kWh', { department: filled.departments[3]!.id, metric: 'kwh' }],
    ['call + category', { call: filled.calls[1]!.id, category: 'quality' }],
  ];
  const rows: string[] = [];
  for (const [name, query] of cases) {
    const t = await time(() => impactDashboard(ctx, query));
    rows.push(`| impactDashboard, ${name} | ${f(t.best)} | ${f(t.median)} |`);
  }
  const list = await time(async () => {
    const d = await impactDashboard(ctx, {});
    return publicProjects(ctx, projectScope(ctx, d.filters), 1);
  });
  rows.push(`| dashboard + projects list (page 1) | ${f(list.best)} | ${f(list.median)} |`);
  const csv = await time(() => projectsCsv(ctx, new URLSearchParams(), 'ro'));
  rows.push(`| projects CSV (${filled.projects} rows) | ${f(csv.best)} | ${f(csv.median)} |`);
  // The daily reminders job, once (it marks what it told): every recurring series is due here.
  const started = performance.now();
  const told = await database.db.transaction((tx) =>
    sendReminders({
      db: tx,
      org,
      actor: null,
      now: () => new Date(),
      job: {
        id: 'bench',
        kind: 'projects.reminders',
        attempt: 1,
        maxAttempts: 1,
        runAt: new Date(),
      },
    }),
  );
  const took = performance.now() - started;
  rows.push(`| reminders job, first run (${told.measurements} series due) | ${f(took)} | — |`);
  return rows;
}

async function httpTimings(url: string) {
  const port = 3990 + Math.floor(Math.random() * 9);
  const base = `http://127.0.0.1:${port}`;
  const serve = new URL('../apps/web/serve.js', import.meta.url).pathname;
  const app: ChildProcess = spawn(process.execPath, [serve], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      // Page serving only: the job worker is another process's work here.
      JOBS_POLL_SECONDS: '0',
      DATABASE_URL: url,
      ORIGIN: base,
      SECRET_KEY: randomBytes(32).toString('hex'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (
      let i = 0;
      i < 600 &&
      !(await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const rows: string[] = [];
    for (const path of [
      '/impact',
      '/impact?year=2025&metric=kwh',
      '/impact/data.json',
      '/impact/projects.csv',
    ]) {
      let bytes = 0;
      const t = await time(async () => {
        const response = await fetch(`${base}${path}`, {
          headers: { 'accept-encoding': 'identity' },
        });
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        bytes = (await response.arrayBuffer()).byteLength;
      });
      rows.push(
        `| GET ${path} | ${f(t.best)} | ${f(t.median)} | ${(bytes / 1024).toFixed(0)} KiB |`,
      );
    }
    return rows;
  } finally {
    app.kill('SIGTERM');
    await new Promise((r) => app.once('exit', r));
  }
}

async function main() {
  const url = `${server}/${dbName}`;
  if (!args.pglite) await admin(`create database ${dbName}`);
  const database = args.pglite
    ? await openDatabase({ kind: 'pglite' })
    : await openDatabase({ kind: 'postgres', url, statementTimeout: 120_000 });
  try {
    await migrate(database.db, migrationsFromSource());
    const org = await makeOrganisation(database.db, { slug: 'bench-impact' });
    const started = performance.now();
    const filled = await fillImpact(database.db, org, {
      projects: Number(args.projects),
      entries: Number(args.entries),
    });
    await database.db.execute(sql`analyze`);
    console.log(
      `${args.pglite ? 'PGlite' : 'PostgreSQL'}: ${filled.projects} projects, ${filled.entries} savings entries (filled in ${((performance.now() - started) / 1000).toFixed(1)} s); best and median of ${runs} after a warm-up\n`,
    );
    console.log('| what | best | median |\n| --- | --- | --- |');
    for (const row of await domainTimings(database, org, filled)) console.log(row);
    if (!args.pglite) {
      console.log(
        '\n| request (built app, one visitor) | best | median | body |\n| --- | --- | --- | --- |',
      );
      for (const row of await httpTimings(url)) console.log(row);
    }
  } finally {
    await database.close();
    if (!args.pglite) await admin(`drop database if exists ${dbName} with (force)`);
  }
}

await main();
