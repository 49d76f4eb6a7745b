// Voting-booth benchmark (issue 9): how many ballots per second the booth accepts on PostgreSQL,
// and the latency of each, next to a raw single-row insert into the same server as the baseline.
// In this process: an internal process in its voting phase with 12 projects (one vote per
// domain, revocable), --voters employees, then castBallot (the booth's command: eligibility,
// the rule's checks, code/roll/ballot in one transaction) for every voter with --concurrency at
// a time over a pool of the same size; then the same number of raw inserts the same way.
// Prints a Markdown table for docs/performance.md.
//
// Usage: npx tsx bench/pb-booth.ts [--postgres postgres://postgres@127.0.0.1:5432]
//          [--voters 5000] [--concurrency 16]
// A database innovato_bench_booth_<pid> is created on that server and dropped after.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../apps/web/src/lib/server/db/client.ts';
import { migrate, migrationsFromSource } from '../apps/web/src/lib/server/db/migrate.ts';
import { castBallot } from '../apps/web/src/lib/server/pb/booth.ts';
import { electorate, internalVote } from '../apps/web/src/lib/server/pb/testing.ts';

const { values: args } = parseArgs({
  options: {
    postgres: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    voters: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '16' },
  },
});
const voters = Number(args.voters);
const concurrency = Number(args.concurrency);
const dbName = `innovato_bench_booth_${process.pid}`;
const server = args.postgres.replace(/\/$/, '');
process.env.SECRET_KEY ??= 'bench-only-secret-key-0123456789abcdef0123';

async function admin(statement: string) {
  const c = new pg.Client({ connectionString: `${server}/postgres` });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

/** Runs `n` tasks, `concurrency` at a time; returns each one's latency (ms) and the wall time. */
async function load(n: number, task: (i: number) => Promise<unknown>) {
  const latencies = new Array<number>(n);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < n; i = next++) {
        const t0 = performance.now();
        await task(i);
        latencies[i] = performance.now() - t0;
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function row(what: string, r: { latencies: number[]; seconds: number }) {
  const s = [...r.latencies].sort((a, b) => a - b);
  const f = (x: number) => `${x.toFixed(1)} ms`;
  return {
    what,
    perSecond: r.latencies.length / r.seconds,
    p50: f(pct(s, 50)),
    p95: f(pct(s, 95)),
    p99: f(pct(s, 99)),
  };
}

async function main() {
  await admin(`create database ${dbName}`);
  let database: Database | undefined;
  try {
    database = await openDatabase({
      kind: 'postgres',
      url: `${server}/${dbName}`,
      poolSize: concurrency,
      connectTimeout: 120_000,
    });
    const db = database.db;
    await migrate(db, migrationsFromSource());
    const w = await internalVote(db, { kind: 'approval', perDomainMax: '1' });
    const actors = await electorate(db, w.org, voters);
    const ids = w.view.projects.map((p) => p.id);
    // A ballot in three of the six domains, varied per voter.
    const choice = (i: number) => ({
      project: [ids[i % 6], ids[6 + ((i + 1) % 6)]].filter((x, k, a) => a.indexOf(x) === k),
    });
    const booth = await load(voters, (i) =>
      castBallot(
        { db, org: w.org, actor: actors[i]!, now: () => new Date() },
        w.process.id,
        choice(i),
      ),
    );
    await db.execute(sql`create table bench_raw (id uuid primary key, v integer not null)`);
    const raw = await load(voters, (i) =>
      db.execute(sql`insert into bench_raw (id, v) values (${randomUUID()}, ${i})`),
    );
    const counted = (await db.execute(
      sql`select count(*)::int as n from pb_ballots`,
    )) as unknown as {
      rows: { n: number }[];
    };
    if (counted.rows[0]!.n !== voters)
      throw new Error(`${counted.rows[0]!.n} ballots for ${voters} voters`);
    const a = row('castBallot (the booth)', booth);
    const b = row('raw single-row insert', raw);
    console.log(`\n${voters} voters, concurrency ${concurrency}, node ${process.version}\n`);
    console.log('| what | per second | p50 | p95 | p99 |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const r of [a, b])
      console.log(`| ${r.what} | ${Math.round(r.perSecond)} | ${r.p50} | ${r.p95} | ${r.p99} |`);
    console.log(`\nbooth / raw throughput: ${(a.perSecond / b.perSecond).toFixed(3)}`);
    // The booth page's only script (the live budget bar); every step works without it.
    const script = readFileSync(new URL('../apps/web/static/pb-booth.js', import.meta.url));
    console.log(`booth JavaScript: ${gzipSync(script).length} bytes gzipped (limit 30 KB)`);
  } finally {
    await database?.close();
    await admin(`drop database if exists ${dbName} with (force)`);
  }
}

await main();
