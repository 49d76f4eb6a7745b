import type { Tx } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import type { DemoWorld } from '../seed/world.ts';
import { jobs } from './schema.ts';
import { slotOf } from './slots.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const DIGEST = { kind: 'notifications.digest', dailyAt: '07:00', perOrganisation: true } as const;

/**
 * The demo organisation's queue as /admin/jobs shows it: one job in each state, all real work
 * (the queued one is tomorrow's digest, which the worker will run when its time comes).
 */
export async function seedJobs(tx: Tx, w: DemoWorld) {
  const tz = w.data.organisation.timeZone;
  const today = slotOf(DIGEST, w.now, tz);
  const digest = (slot: Date) => ({
    organisationId: w.organisationId,
    kind: DIGEST.kind,
    payload: { slot: slot.toISOString() },
    runAt: slot,
    dedupeKey: `schedule:${DIGEST.kind}:${w.organisationId}:${slot.toISOString()}`,
    createdAt: slot,
  });
  const dead = uuidv7();
  w.ids.set('job:dead', dead);
  const lost = 'Error: Connection terminated unexpectedly';
  await tx.insert(jobs).values([
    { ...digest(new Date(today.getTime() + DAY)), state: 'queued' },
    { ...digest(today), state: 'done', attempts: 1, finishedAt: new Date(today.getTime() + 2000) },
    {
      ...digest(new Date(today.getTime() - DAY)),
      state: 'failed',
      attempts: 2,
      lastError: lost,
      runAt: new Date(w.now.getTime() + HOUR),
    },
    {
      ...digest(new Date(today.getTime() - 2 * DAY)),
      id: dead,
      state: 'dead',
      attempts: 5,
      lastError: lost,
      finishedAt: new Date(today.getTime() - 2 * DAY + 4 * HOUR),
    },
    {
      organisationId: w.organisationId,
      kind: 'jobs.purge_finished',
      state: 'running',
      attempts: 1,
      runAt: w.now,
      lockedBy: uuidv7(),
      lockedUntil: new Date(w.now.getTime() + 5 * 60_000),
    },
  ]);
  w.counts.jobs = 5;
}
