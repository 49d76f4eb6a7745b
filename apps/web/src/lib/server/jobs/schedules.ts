import type { Db } from '../db/client.ts';
import type { Schedule } from '../module.ts';
import { organisations } from '../organisations/schema.ts';
import { enqueue } from './enqueue.ts';
import { allSchedules } from './handlers.ts';
import { slotOf } from './slots.ts';

/**
 * Queues the current slot's job of every schedule (per organisation where asked). The slot is
 * the job's dedupe key, so processes doing this at once make one job per slot. `seen` remembers,
 * within one process, the last slot queued per schedule and organisation, to spare the
 * database an insert per poll.
 */
export async function enqueueDueSchedules(
  db: Db,
  now: Date,
  seen = new Map<string, string>(),
  schedules: Schedule[] = allSchedules(),
) {
  const orgs = schedules.some((s) => s.perOrganisation)
    ? await db
        .select({ id: organisations.id, timeZone: organisations.timeZone })
        .from(organisations)
    : [];
  let queued = 0;
  for (const schedule of schedules) {
    const targets = schedule.perOrganisation ? orgs : [null];
    for (const org of targets) {
      const slot = slotOf(schedule, now, org?.timeZone ?? 'UTC');
      const series = `schedule:${schedule.kind}:${org?.id ?? '-'}`;
      if (seen.get(series) === slot.toISOString()) continue;
      const dedupeKey = `${series}:${slot.toISOString()}`;
      const id = await enqueue(
        { db, org },
        schedule.kind,
        { slot: slot.toISOString() },
        {
          runAt: slot,
          dedupeKey,
        },
      );
      seen.set(series, slot.toISOString());
      if (id) queued++;
    }
  }
  return queued;
}
