import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { Forbidden, NotFound } from '../errors.ts';
import { auditLog } from '../audit/schema.ts';
import badInput from '../testing/bad-input.json' with { type: 'json' };
import { listJobs, retryJob } from './admin.ts';
import { jobs, type JobState } from './schema.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

async function world() {
  const { db } = database;
  const org = await makeOrganisation(db);
  const other = await makeOrganisation(db);
  const admin = await makeUser(db, org, ['admin']);
  const otherAdmin = await makeUser(db, other, ['admin']);
  const employee = await makeUser(db, org, ['employee', 'moderator']);
  const make = async (organisationId: string | null, state: JobState) => {
    const [row] = await db
      .insert(jobs)
      .values({
        organisationId,
        kind: 'notifications.digest',
        state,
        attempts: state === 'dead' ? 5 : 0,
        lastError: state === 'dead' ? 'Error: boom' : null,
        ...(state === 'running'
          ? { lockedUntil: new Date(Date.now() + 60_000), lockedBy: 'x' }
          : {}),
      })
      .returning();
    return row!;
  };
  const mine = {} as Record<JobState, Awaited<ReturnType<typeof make>>>;
  for (const s of ['queued', 'running', 'done', 'failed', 'dead'] as const)
    mine[s] = await make(org.id, s);
  const theirs = await make(other.id, 'dead');
  const platform = await make(null, 'dead');
  return {
    org,
    mine,
    theirs,
    platform,
    asAdmin: await ctxFor(db, org, admin),
    asOtherAdmin: await ctxFor(db, other, otherAdmin),
    asOtherAdminHere: await ctxFor(db, org, otherAdmin),
    asEmployee: await ctxFor(db, org, employee),
    asVisitor: await ctxFor(db, org, null),
  };
}

describe('/admin/jobs', () => {
  test("an administrator sees their organisation's jobs only: never another's, never the platform's", async () => {
    const w = await world();
    const attention = await listJobs(w.asAdmin, {});
    expect(attention.filter).toBe('attention');
    expect(attention.jobs.map((j) => j.state).sort()).toEqual([
      'dead',
      'failed',
      'queued',
      'running',
    ]);
    const dead = await listJobs(w.asAdmin, { state: 'dead' });
    expect(dead.jobs.map((j) => j.id)).toEqual([w.mine.dead.id]);
    expect((await listJobs(w.asAdmin, { state: 'done' })).jobs.map((j) => j.id)).toEqual([
      w.mine.done.id,
    ]);
    for (const state of ['<script>', "' OR '1'='1", '', 'DEAD']) {
      expect((await listJobs(w.asAdmin, { state })).filter).toBe('attention');
    }
  });

  test.each(['asEmployee', 'asVisitor', 'asOtherAdminHere'] as const)(
    'the list is refused %s',
    async (who) => {
      const w = await world();
      await expect(listJobs(w[who], {})).rejects.toBeInstanceOf(Forbidden);
    },
  );

  test('retrying a dead job queues it again with fresh attempts, audited', async () => {
    const w = await world();
    await retryJob(w.asAdmin, w.mine.dead.id);
    const [row] = await database.db.select().from(jobs).where(eq(jobs.id, w.mine.dead.id));
    expect(row).toMatchObject({ state: 'queued', attempts: 0, finishedAt: null });
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'job.retry'), eq(auditLog.resourceId, w.mine.dead.id)));
    expect(audit).toHaveLength(1);
  });

  test("another organisation's job, a platform job or a made-up id is not found; a done job cannot be retried", async () => {
    const w = await world();
    await expect(retryJob(w.asAdmin, w.theirs.id)).rejects.toBeInstanceOf(NotFound);
    await expect(retryJob(w.asAdmin, w.platform.id)).rejects.toBeInstanceOf(NotFound);
    await expect(retryJob(w.asOtherAdmin, w.mine.dead.id)).rejects.toBeInstanceOf(NotFound);
    for (const id of [...badInput.ids, ...badInput.sql_like, undefined, 42]) {
      await expect(retryJob(w.asAdmin, id)).rejects.toBeInstanceOf(NotFound);
    }
    await expect(retryJob(w.asAdmin, w.mine.done.id)).rejects.toBeInstanceOf(Forbidden);
    await expect(retryJob(w.asAdmin, w.mine.running.id)).rejects.toBeInstanceOf(Forbidden);
    await expect(retryJob(w.asEmployee, w.mine.dead.id)).rejects.toBeInstanceOf(Forbidden);
    await expect(retryJob(w.asVisitor, w.mine.dead.id)).rejects.toBeInstanceOf(Forbidden);
    const [theirs] = await database.db.select().from(jobs).where(eq(jobs.id, w.theirs.id));
    expect(theirs!.state).toBe('dead');
  });
});
