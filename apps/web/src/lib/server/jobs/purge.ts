import { and, eq, lt } from 'drizzle-orm';
import type { JobHandler } from '../module.ts';
import { jobs } from './schema.ts';

const DAY = 86_400_000;

/**
 * Finished jobs go after a while: done ones after a week (a schedule only ever queues its
 * current slot, so a purged slot's key is never needed again), dead ones after 30 days.
 */
export const purgeFinishedJobs: JobHandler = async (ctx) => {
  const now = ctx.now().getTime();
  await ctx.db
    .delete(jobs)
    .where(and(eq(jobs.state, 'done'), lt(jobs.finishedAt, new Date(now - 7 * DAY))));
  await ctx.db
    .delete(jobs)
    .where(and(eq(jobs.state, 'dead'), lt(jobs.finishedAt, new Date(now - 30 * DAY))));
};
