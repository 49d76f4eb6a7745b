import { and, arrayContains, asc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../db/client.ts';
import { dueBy } from '../db/columns.ts';
import { memberships } from '../accounts/schema.ts';
import { notify } from '../notifications/notify.ts';
import { log } from '../log.ts';
import type { JobCtx } from '../module.ts';
import { organisations } from '../organisations/schema.ts';
import { jobHandlers } from './handlers.ts';
import { jobs, type JobRow } from './schema.ts';

/** How long a claim holds a job: past it, the job is someone else's to run (its process died). */
export const LEASE_MS = 5 * 60_000;

export interface RunOptions {
  /** The clock (tests set it). */
  clock?: () => Date;
  /** At most this many jobs in one call. */
  limit?: number;
  leaseMs?: number;
}

export type Outcome = 'done' | 'failed' | 'dead' | 'lost';

/**
 * Claims one due job — queued or failed and due, or running with an expired lease — with FOR
 * UPDATE SKIP LOCKED, so that processes claiming at once each get a different job.
 */
export async function claimJob(db: Db, now: Date, token: string, leaseMs = LEASE_MS) {
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      or(
        and(inArray(jobs.state, ['queued', 'failed']), dueBy(jobs.runAt, now)),
        and(eq(jobs.state, 'running'), lt(jobs.lockedUntil, now)),
      ),
    )
    .orderBy(asc(jobs.runAt), asc(jobs.id))
    .limit(1)
    .for('update', { skipLocked: true });
  const [job] = await db
    .update(jobs)
    .set({
      state: 'running',
      attempts: sql`${jobs.attempts} + 1`,
      lockedBy: token,
      lockedUntil: new Date(now.getTime() + leaseMs),
      updatedAt: now,
    })
    .where(inArray(jobs.id, due))
    .returning();
  return job ?? null;
}

/** Runs due jobs one after another until none is due or `limit` ran; counts the outcomes. */
export async function runDueJobs(db: Db, options: RunOptions = {}) {
  const { clock = () => new Date(), limit = 50, leaseMs = LEASE_MS } = options;
  const counts: Record<Outcome, number> = { done: 0, failed: 0, dead: 0, lost: 0 };
  for (let i = 0; i < limit; i++) {
    const token = randomUUID();
    const job = await claimJob(db, clock(), token, leaseMs);
    if (!job) break;
    counts[await runJob(db, job, token, clock)]++;
  }
  return counts;
}

class LostLease extends Error {}

/**
 * Runs a claimed job: the handler and "done" in one transaction, so the work commits exactly
 * when the job does. If the lease was lost meanwhile (another process took the job over),
 * "done" finds no row of ours and everything rolls back: the other run counts.
 */
export async function runJob(db: Db, job: JobRow, token: string, clock: () => Date) {
  const handler = jobHandlers().get(job.kind);
  if (!handler) return giveUp(db, job, token, clock(), `no handler for job kind "${job.kind}"`);
  // Claimed again after its lease expired on the last allowed attempt: the process died each time.
  if (job.attempts > job.maxAttempts) return giveUp(db, job, token, clock(), 'lease expired');
  const later: (() => unknown)[] = [];
  try {
    await db.transaction(async (tx) => {
      const ctx = await jobCtx(tx, job, clock, later);
      await handler(ctx, job.payload);
      const now = clock();
      const finished = await tx
        .update(jobs)
        .set({ state: 'done', finishedAt: now, updatedAt: now, lockedUntil: null, lastError: null })
        .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, token)))
        .returning({ id: jobs.id });
      if (!finished.length) throw new LostLease();
    });
  } catch (error) {
    if (error instanceof LostLease) return 'lost';
    return retryLater(db, job, token, clock(), error);
  }
  for (const f of later) await Promise.resolve(f()).catch((err: unknown) => log.error({ err }));
  return 'done';
}

async function jobCtx(tx: JobCtx['db'], job: JobRow, clock: () => Date, later: (() => unknown)[]) {
  const [org] = job.organisationId
    ? await tx.select().from(organisations).where(eq(organisations.id, job.organisationId))
    : [];
  return {
    db: tx,
    org: org ?? null,
    actor: null,
    now: clock,
    afterCommit: (f: () => unknown) => later.push(f),
    job: {
      id: job.id,
      kind: job.kind,
      attempt: job.attempts,
      maxAttempts: job.maxAttempts,
      runAt: job.runAt,
    },
  } satisfies JobCtx;
}

/** 30 s, 1 min, 2 min … doubling, at most an hour. */
export const backoffMs = (attempt: number) => Math.min(3_600_000, 30_000 * 2 ** (attempt - 1));

const describe = (error: unknown) =>
  (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 1000);

async function retryLater(
  db: Db,
  job: JobRow,
  token: string,
  now: Date,
  error: unknown,
): Promise<Outcome> {
  if (job.attempts >= job.maxAttempts) return giveUp(db, job, token, now, describe(error));
  log.warn({ err: error, job: job.id, kind: job.kind, attempt: job.attempts }, 'job failed');
  await db
    .update(jobs)
    .set({
      state: 'failed',
      lastError: describe(error),
      runAt: new Date(now.getTime() + backoffMs(job.attempts)),
      lockedUntil: null,
      lockedBy: null,
      updatedAt: now,
    })
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, token)));
  return 'failed';
}

async function giveUp(
  db: Db,
  job: JobRow,
  token: string,
  now: Date,
  reason: string,
): Promise<Outcome> {
  log.error({ job: job.id, kind: job.kind, reason }, 'job dead');
  await db.transaction(async (tx) => {
    const [dead] = await tx
      .update(jobs)
      .set({
        state: 'dead',
        lastError: reason,
        finishedAt: now,
        lockedUntil: null,
        lockedBy: null,
        updatedAt: now,
      })
      .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, token)))
      .returning();
    if (dead) await tellAdmins(tx, dead);
  });
  return 'dead';
}

/** The organisation's administrators hear of a job that gave up (they can retry it). */
async function tellAdmins(tx: Tx, job: JobRow) {
  if (!job.organisationId) return;
  const [org] = await tx
    .select()
    .from(organisations)
    .where(eq(organisations.id, job.organisationId));
  if (!org) return;
  const admins = await tx
    .select({ id: memberships.userId })
    .from(memberships)
    .where(
      and(eq(memberships.organisationId, org.id), arrayContains(memberships.roles, ['admin'])),
    );
  await notify(
    { db: tx, org },
    {
      kind: 'jobs.dead',
      recipients: admins.map((a) => a.id),
      resource: { type: 'job', id: job.id, href: '/admin/jobs?state=dead' },
      params: {
        kind: job.kind,
        attempts: job.attempts,
        error: (job.lastError ?? '').slice(0, 200),
      },
    },
  );
}
