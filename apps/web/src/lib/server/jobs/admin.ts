import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { isUuid } from '../db/ids.ts';
import { NotFound } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { countOf, paginate, readPage } from '../lists/paging.ts';
import { kickJobs } from './kick.ts';
import { JOB_STATES, jobs, type JobState } from './schema.ts';

export const JOBS_PAGE_SIZE = 25;

/** The filter on /admin/jobs: what needs a look by default (waiting, failing, given up). */
export const JOB_FILTERS = ['attention', ...JOB_STATES] as const;
export type JobFilter = (typeof JOB_FILTERS)[number];
const filterParam = z.enum(JOB_FILTERS).catch('attention');

const statesOf = (filter: JobFilter): JobState[] =>
  filter === 'attention' ? ['queued', 'running', 'failed', 'dead'] : [filter];

/** The organisation's own jobs (never another's, never the platform's), newest first. */
export async function listJobs(ctx: Ctx, query: { state?: string | null; page?: string | null }) {
  authorize(ctx.actor, 'jobs.read');
  const filter = filterParam.parse(query.state ?? undefined);
  const where: SQL | undefined = and(
    eq(jobs.organisationId, ctx.org.id),
    inArray(jobs.state, statesOf(filter)),
  );
  const paged = paginate(
    await countOf(ctx.db.select({ n: count() }).from(jobs).where(where)),
    readPage(query.page),
    JOBS_PAGE_SIZE,
  );
  const rows = await ctx.db
    .select({
      id: jobs.id,
      kind: jobs.kind,
      state: jobs.state,
      runAt: jobs.runAt,
      attempts: jobs.attempts,
      maxAttempts: jobs.maxAttempts,
      lastError: jobs.lastError,
      createdAt: jobs.createdAt,
      finishedAt: jobs.finishedAt,
    })
    .from(jobs)
    .where(where)
    .orderBy(desc(jobs.createdAt), desc(jobs.id))
    .limit(paged.size)
    .offset(paged.offset);
  return { filter, jobs: rows, ...paged };
}

/**
 * Puts a dead (or waiting-to-retry) job of this organisation back in the queue with fresh
 * attempts, to run now. Audited: an administrator made the platform do something again.
 */
export async function retryJob(ctx: Ctx, id: unknown) {
  if (!isUuid(id)) throw new NotFound('job');
  return inTransaction(ctx, async (tx) => {
    const [job] = await tx.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.id, id), eq(jobs.organisationId, tx.org.id)))
      .for('update');
    if (!job) throw new NotFound('job');
    authorize(tx.actor, 'jobs.retry', job);
    const now = tx.now();
    await tx.db
      .update(jobs)
      .set({ state: 'queued', attempts: 0, runAt: now, finishedAt: null, updatedAt: now })
      .where(eq(jobs.id, job.id));
    await recordAudit(tx.db, tx, {
      action: 'job.retry',
      resourceType: 'job',
      resourceId: job.id,
      before: { state: job.state, attempts: job.attempts, lastError: job.lastError },
      after: { state: 'queued' },
    });
    tx.afterCommit?.(kickJobs);
    return job.id;
  });
}
