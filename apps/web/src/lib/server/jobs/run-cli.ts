// `npm run jobs:run`: queues the schedules' current slots and runs every due job once, then
// exits — for a cron line beside servers started with JOBS_POLL_SECONDS=0, or to drain the queue
// by hand. Safe beside running workers (claims skip each other). Exits 1 if a job failed.
import { runCommand } from '../cli.ts';
import { openConfiguredDatabase } from '../db/open-configured.ts';
import { runDueJobs } from './run.ts';
import { enqueueDueSchedules } from './schedules.ts';

await runCommand(async (c) => {
  const database = await openConfiguredDatabase(c);
  try {
    const queued = await enqueueDueSchedules(database.db, new Date());
    const total = { done: 0, failed: 0, dead: 0, lost: 0 };
    for (;;) {
      const ran = await runDueJobs(database.db, { limit: 100 });
      for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += ran[k];
      if (ran.done + ran.failed + ran.dead + ran.lost < 100) break;
    }
    console.log(
      `scheduled ${queued}; done ${total.done}, failed ${total.failed} (will retry), dead ${total.dead}`,
    );
    return total.failed + total.dead ? 1 : 0;
  } finally {
    await database.close();
  }
});
