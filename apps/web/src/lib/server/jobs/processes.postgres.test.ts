import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../db/client.ts';
import { createTestDatabase } from '../testing/postgres-server.ts';
import { makeOrganisation, makeUser } from '../testing/factories.ts';
import { outboxEmails } from '../mail/schema.ts';
import { notifications } from '../notifications/schema.ts';
import { jobs } from './schema.ts';

/**
 * Two real processes (`npm run jobs:run`'s script, started at once) against one PostgreSQL:
 * each queues the schedules' current slots and drains the queue. Every organisation still gets
 * one digest job, run once, and every person one digest mail.
 */
const appDir = fileURLToPath(new URL('../../../..', import.meta.url));
let url: string;
let drop: () => Promise<void>;
let database: Database;

beforeAll(async () => {
  ({ url, drop } = await createTestDatabase());
  database = await openDatabase({ kind: 'postgres', url, poolSize: 5 });
});
afterAll(async () => {
  await database.close();
  await drop();
});

function runJobsOnce(): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/lib/server/jobs/run-cli.ts'], {
      cwd: appDir,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent', NODE_ENV: 'development' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out }));
  });
}

test('two processes running the queue at once: one digest job per organisation, one mail per person', async () => {
  const { db } = database;
  const people: string[] = [];
  for (let i = 0; i < 40; i++) {
    const org = await makeOrganisation(db);
    const person = await makeUser(db, org, ['employee']);
    people.push(person.email);
    await db.insert(notifications).values(
      [1, 2].map((n) => ({
        organisationId: org.id,
        userId: person.id,
        kind: 'jobs.dead',
        params: { kind: `test.kind_${n}`, attempts: 5, error: 'boom' },
        email: 'digest' as const,
        createdAt: new Date(Date.now() - 3_600_000 * 30),
      })),
    );
  }
  const [a, b] = await Promise.all([runJobsOnce(), runJobsOnce()]);
  expect([a.code, b.code], a.out + b.out).toEqual([0, 0]);

  const digests = await db.select().from(jobs).where(eq(jobs.kind, 'notifications.digest'));
  expect(digests).toHaveLength(40);
  expect(digests.every((j) => j.state === 'done' && j.attempts === 1)).toBe(true);
  const mails = await db
    .select({ to: outboxEmails.to, n: sql<number>`count(*)::int` })
    .from(outboxEmails)
    .groupBy(outboxEmails.to);
  expect(mails.map((m) => m.to).sort()).toEqual([...people].sort());
  expect(mails.every((m) => m.n === 1)).toBe(true);
  // Both processes did part of the work (or one did it all): together, every job exactly once.
  const done = (out: string) => Number(/done (\d+)/.exec(out)?.[1] ?? NaN);
  const all = await db.select().from(jobs);
  expect(done(a.out) + done(b.out)).toBe(all.length);
}, 120_000);
