import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { makeOrganisation, makeUser } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import type { JobHandler } from '../module.ts';
import { notifications } from '../notifications/schema.ts';
import { enqueue } from './enqueue.ts';
import { jobHandlers } from './handlers.ts';
import { claimJob, LEASE_MS, runDueJobs, runJob } from './run.ts';
import { startWorker } from './worker.ts';
import { inTransaction } from '../db/transaction.ts';
import { ctxFor } from '../testing/factories.ts';
import { jobs } from './schema.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** Test-only kinds, registered beside the modules' for one test and removed after it. */
const added: string[] = [];
function handle(kind: string, handler: JobHandler) {
  jobHandlers().set(kind, handler);
  added.push(kind);
}
afterEach(() => {
  for (const kind of added.splice(0)) jobHandlers().delete(kind);
});

const at = (iso: string) => new Date(iso);
const T0 = at('2026-12-02T10:00:00Z');
const clockAt = (d: Date) => () => d;
const jobRow = async (id: string) =>
  (await database.db.select().from(jobs).where(eq(jobs.id, id)))[0]!;

describe('enqueue', () => {
  test('a job exists only if the transaction that queued it commits', async () => {
    const { db } = database;
    handle('test.noop', async () => {});
    const org = await makeOrganisation(db);
    let kept: string | null = null;
    await db.transaction(async (tx) => {
      kept = await enqueue({ db: tx, org }, 'test.noop', { n: 1 });
    });
    await db
      .transaction(async (tx) => {
        await enqueue({ db: tx, org }, 'test.noop', { n: 2 });
        throw new Error('the command failed');
      })
      .catch(() => {});
    const rows = await db.select().from(jobs).where(eq(jobs.kind, 'test.noop'));
    expect(rows.map((r) => [r.id, r.payload, r.organisationId])).toEqual([
      [kept, { n: 1 }, org.id],
    ]);
  });

  test('a dedupe key names one job: the second enqueue is a no-op', async () => {
    handle('test.once', async () => {});
    const org = await makeOrganisation(database.db);
    const target = { db: database.db, org };
    const first = await enqueue(target, 'test.once', {}, { dedupeKey: 'test.once:1' });
    const second = await enqueue(
      target,
      'test.once',
      { other: true },
      { dedupeKey: 'test.once:1' },
    );
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBeNull();
  });

  test('a kind without a handler is refused at once', async () => {
    await expect(enqueue({ db: database.db, org: null }, 'test.typo', {})).rejects.toThrow(
      'no job handler for "test.typo"',
    );
  });
});

describe('running jobs', () => {
  test('two workers racing over the same jobs run each exactly once', async () => {
    const { db } = database;
    const ran = new Map<string, number>();
    handle('test.race', async (ctx) => {
      ran.set(ctx.job.id, (ran.get(ctx.job.id) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 2));
    });
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      ids.push((await enqueue({ db, org: null }, 'test.race', { i }, { runAt: T0 }))!);
    }
    const worker = () => runDueJobs(db, { clock: clockAt(T0), limit: 100 });
    const [a, b] = await Promise.all([worker(), worker()]);
    expect(a.done + b.done).toBe(40);
    expect([...ran.keys()].sort()).toEqual([...ids].sort());
    expect([...ran.values()].every((n) => n === 1)).toBe(true);
    const states = await db.execute(
      sql`select state, count(*)::int as n from jobs where kind = 'test.race' group by state`,
    );
    expect((states as unknown as { rows: unknown[] }).rows).toEqual([{ state: 'done', n: 40 }]);
  });

  test('a job is not run before its time', async () => {
    handle('test.later', async () => {});
    const id = (await enqueue(
      { db: database.db, org: null },
      'test.later',
      {},
      {
        runAt: at('2026-12-02T11:00:00Z'),
      },
    ))!;
    await runDueJobs(database.db, { clock: clockAt(T0) });
    expect((await jobRow(id)).state).toBe('queued');
    await runDueJobs(database.db, { clock: clockAt(at('2026-12-02T11:00:00Z')) });
    expect((await jobRow(id)).state).toBe('done');
  });

  test("a crashed process's lease expires and another run takes the job; the late one's work is undone", async () => {
    const { db } = database;
    const org = await makeOrganisation(db);
    handle('test.rename', async (ctx, payload) => {
      await ctx.db
        .update(jobs)
        .set({ lastError: `ran by ${(payload as { who?: string }).who ?? '?'}` })
        .where(eq(jobs.kind, 'test.marker'));
    });
    handle('test.marker', async () => {});
    const marker = (await enqueue(
      { db, org },
      'test.marker',
      {},
      { runAt: at('2030-01-01T00:00:00Z') },
    ))!;
    const id = (await enqueue({ db, org }, 'test.rename', { who: 'first' }, { runAt: T0 }))!;
    // Process A claims the job, then "dies" (never runs it).
    const claimed = (await claimJob(db, T0, 'process-a'))!;
    expect(claimed.id).toBe(id);
    // Within the lease nobody else takes it.
    expect(await runDueJobs(db, { clock: clockAt(new Date(T0.getTime() + 60_000)) })).toMatchObject(
      { done: 0 },
    );
    // After it, process B does.
    const later = new Date(T0.getTime() + LEASE_MS + 1000);
    expect(await runDueJobs(db, { clock: clockAt(later) })).toMatchObject({ done: 1 });
    expect(await jobRow(id)).toMatchObject({ state: 'done', attempts: 2 });
    // Process A wakes up and runs its stale claim: its writes roll back, nothing is done twice.
    expect(await runJob(db, claimed, 'process-a', clockAt(later))).toBe('lost');
    expect((await jobRow(marker)).lastError).toBe('ran by first');
    await db.update(jobs).set({ lastError: null }).where(eq(jobs.id, marker));
    expect(await runJob(db, claimed, 'process-a', clockAt(later))).toBe('lost');
    expect((await jobRow(marker)).lastError).toBeNull();
  });

  test("a failing job retries with growing waits, then is dead and its organisation's admins hear of it", async () => {
    const { db } = database;
    const org = await makeOrganisation(db);
    const admin = await makeUser(db, org, ['admin']);
    const employee = await makeUser(db, org, ['employee']);
    let tries = 0;
    handle('test.broken', async (ctx) => {
      tries++;
      // Its writes never survive a failure.
      await ctx.db
        .update(jobs)
        .set({ payload: { touched: true } })
        .where(eq(jobs.id, ctx.job.id));
      throw new Error('SMTP refused');
    });
    const id = (await enqueue({ db, org }, 'test.broken', {}, { runAt: T0, maxAttempts: 3 }))!;
    const run = (ms: number) => runDueJobs(db, { clock: clockAt(new Date(T0.getTime() + ms)) });
    expect(await run(0)).toMatchObject({ failed: 1 });
    expect(await jobRow(id)).toMatchObject({
      state: 'failed',
      attempts: 1,
      lastError: 'Error: SMTP refused',
      runAt: new Date(T0.getTime() + 30_000),
      payload: {},
    });
    expect(await run(29_000)).toMatchObject({ failed: 0 });
    expect(await run(30_000)).toMatchObject({ failed: 1 });
    expect((await jobRow(id)).runAt).toEqual(new Date(T0.getTime() + 30_000 + 60_000));
    expect(await run(90_000)).toMatchObject({ dead: 1 });
    expect(await jobRow(id)).toMatchObject({
      state: 'dead',
      attempts: 3,
      lastError: 'Error: SMTP refused',
    });
    expect(tries).toBe(3);
    // Ten hours on, the dead job is not tried again (other tests' jobs may fall due by then: the
    // clock here is fixed, their queue times are the real ones).
    await run(10 * 3_600_000);
    expect(tries).toBe(3);
    expect(await jobRow(id)).toMatchObject({ state: 'dead', attempts: 3 });
    const told = await db
      .select()
      .from(notifications)
      .where(eq(notifications.organisationId, org.id));
    expect(told.map((n) => [n.userId, n.kind, n.href, n.params])).toEqual([
      [
        admin.id,
        'jobs.dead',
        '/admin/jobs?state=dead',
        { kind: 'test.broken', attempts: 3, error: 'Error: SMTP refused' },
      ],
    ]);
    expect(told.some((n) => n.userId === employee.id)).toBe(false);
  });

  test('a job whose kind has lost its handler is dead, not retried for ever', async () => {
    handle('test.gone', async () => {});
    const id = (await enqueue({ db: database.db, org: null }, 'test.gone', {}, { runAt: T0 }))!;
    jobHandlers().delete('test.gone');
    await runDueJobs(database.db, { clock: clockAt(T0) });
    expect(await jobRow(id)).toMatchObject({
      state: 'dead',
      lastError: 'no handler for job kind "test.gone"',
    });
  });

  test('a handler gets its organisation and its payload as JSON', async () => {
    const { db } = database;
    const org = await makeOrganisation(db);
    const seen: unknown[] = [];
    handle('test.ctx', async (ctx, payload) => {
      seen.push(ctx.org?.slug, ctx.actor, payload, ctx.job.attempt);
    });
    await enqueue({ db, org }, 'test.ctx', { when: T0, skip: undefined }, { runAt: T0 });
    await runDueJobs(db, { clock: clockAt(T0) });
    expect(seen).toEqual([org.slug, null, { when: T0.toISOString() }, 1]);
  });
});

describe('the worker', () => {
  test('a job queued by a committed command runs at once; stop() waits for the job in hand', async () => {
    const { db } = database;
    const org = await makeOrganisation(db);
    let started!: () => void;
    let release!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const gate = new Promise<void>((r) => (release = r));
    handle('test.slow', async () => {
      started();
      await gate;
    });
    // A poll interval far beyond the test: only the commit's kick can start the job.
    const worker = startWorker(db, 3_600_000);
    const id = await inTransaction(await ctxFor(db, org, null), (tx) =>
      enqueue(tx, 'test.slow', {}),
    );
    await running;
    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect((await jobRow(id!)).state).toBe('done');
  });
});
