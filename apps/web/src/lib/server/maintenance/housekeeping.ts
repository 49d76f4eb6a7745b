import type { Db } from '../db/client.ts';
import { log } from '../log.ts';
import { modules } from '../modules.ts';

/** Every module's periodic jobs, as their manifests declare them. */
export const allJobs = () => modules.flatMap((m) => m.jobs ?? []);

/** Runs every job once; one failing job stops none, and the failures are thrown together. */
export async function houseKeeping(db: Db, now: Date) {
  const failed: unknown[] = [];
  for (const job of allJobs()) {
    await job.run(db, now).catch((error: unknown) => failed.push(error));
  }
  if (failed.length) throw new AggregateError(failed, 'house-keeping jobs failed');
}

/**
 * Runs each job at its own interval, once at start. Jobs are idempotent: several processes
 * doing the same at once is harmless.
 */
export function startHouseKeeping(db: Db) {
  const timers = allJobs().map((job) => {
    const run = () =>
      job
        .run(db, new Date())
        .catch((error: unknown) =>
          log.error({ err: error, job: job.name }, 'house-keeping job failed'),
        );
    void run();
    const timer = setInterval(run, job.everyMs);
    timer.unref();
    return timer;
  });
  return { stop: () => timers.forEach(clearInterval) };
}
