import type { Db } from '../db/client.ts';
import { log } from '../log.ts';
import { setJobKick } from './kick.ts';
import { runDueJobs } from './run.ts';
import { enqueueDueSchedules } from './schedules.ts';

/**
 * The server's worker: every `intervalMs` (and at once when a committed transaction queued a
 * job to run now) it queues the schedules' current slots and runs what is due. Any number of
 * processes may run one (claims skip each other's locked rows). `stop()` waits for the job in
 * hand, so a clean shutdown never leaves one half-done (a killed process leaves a lease that
 * expires, and another run picks the job up).
 */
export function startWorker(db: Db, intervalMs = 5000) {
  const seen = new Map<string, string>();
  let running: Promise<unknown> | null = null;
  let again = false;
  let stopped = false;
  const pass = async () => {
    await enqueueDueSchedules(db, new Date(), seen);
    await runDueJobs(db);
  };
  const tick = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pass()
      .catch((err: unknown) => log.error({ err }, 'job worker pass failed'))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          tick();
        }
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  setJobKick(tick);
  tick();
  return {
    kick: tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      setJobKick(null);
      await running;
    },
  };
}
