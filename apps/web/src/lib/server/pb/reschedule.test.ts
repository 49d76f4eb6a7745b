import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import badInput from '../testing/bad-input.json' with { type: 'json' };
import type { Database } from '../db/client.ts';
import { auditLog } from '../audit/schema.ts';
import { Forbidden, Invalid, NotFound } from '../errors.ts';
import { utcToZonedInput } from '../../i18n/format.ts';
import { getProcess, transitionProcess } from './processes.ts';
import { reschedulePhases, scheduleOf } from './reschedule.ts';
import { advanceDueProcesses } from './phase-job.ts';
import { pbPhases } from './schema.ts';
import { pbWorld } from './testing.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const DAY = 86_400_000;
const TZ = 'Europe/Bucharest';
const local = (d: Date) => utcToZonedInput(d, TZ);
const inDays = (n: number) => new Date(Date.now() + n * DAY);

/** A published process in submission, its later phases a week apart from next week. */
async function inSubmission() {
  const later = Object.fromEntries(
    ['analysis', 'appeals', 'voting', 'validation', 'results', 'implementation'].map((p, i) => [
      `starts_${p}`,
      inDays(7 * (i + 1)),
    ]),
  );
  const w = await pbWorld(database.db, {
    starts_information: inDays(-2),
    starts_submission: inDays(-1),
    ...later,
  });
  await transitionProcess(w.asAdmin, w.process.id, 'information');
  await transitionProcess(w.asAdmin, w.process.id, 'submission');
  const starts = async () =>
    Object.fromEntries(
      (await getProcess(w.asAdmin, w.process.id)).phases.map((p) => [
        p.phase,
        p.startsAt.getTime(),
      ]),
    );
  return { ...w, starts };
}

async function refusal(p: Promise<unknown>) {
  const e = await p.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(Invalid);
  return (e as Invalid).fields;
}

describe('editing the phase dates of a process', () => {
  test('phases ahead move, in order, in one audited change; the schedule then follows the new dates', async () => {
    const w = await inSubmission();
    const before = await w.starts();
    const analysis = new Date(Math.floor(inDays(3).getTime() / 60_000) * 60_000);
    await reschedulePhases(w.asAdmin, w.process.id, { starts_analysis: local(analysis) });
    const after = await w.starts();
    expect(after.analysis).toBe(analysis.getTime());
    expect({ ...after, analysis: 0 }).toEqual({ ...before, analysis: 0 });
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'pb.process.reschedule'), eq(auditLog.resourceId, w.process.id)),
      );
    expect(entry!.actorId).toBe(w.admin.id);
    expect((entry!.after as Record<string, string>).analysis).toBe(analysis.toISOString());
    expect((entry!.before as Record<string, string>).analysis).toBe(
      new Date(before.analysis!).toISOString(),
    );
    // The job moves the process when the new date comes, not the old one.
    expect(await advanceDueProcesses(database.db, inDays(2), w.org.id)).toBe(0);
    expect(await advanceDueProcesses(database.db, inDays(4), w.org.id)).toBe(1);
  });

  test('a phase that has started keeps its date; a new date must be ahead, and after the phase before', async () => {
    const w = await inSubmission();
    const before = await w.starts();
    const fields = await refusal(
      reschedulePhases(w.asAdmin, w.process.id, {
        starts_submission: local(inDays(1)),
        starts_analysis: local(inDays(-0.5)),
        starts_voting: local(inDays(60)),
      }),
    );
    expect(fields).toEqual({
      starts_submission: 'pb.phase.started',
      starts_analysis: 'pb.phase.in_past',
      starts_validation: 'pb.phase.order',
    });
    // Overlap: a phase may not start before (or when) the one before it starts.
    const overlap = await refusal(
      reschedulePhases(w.asAdmin, w.process.id, { starts_appeals: local(inDays(30)) }),
    );
    expect(overlap).toEqual({ starts_voting: 'pb.phase.order' });
    expect(await w.starts()).toEqual(before);
  });

  test('values shown unchanged are accepted as they are (a draft keeps its past dates)', async () => {
    const w = await pbWorld(database.db); // its first phase started yesterday
    const view = await scheduleOf(w.asAdmin, w.process.id);
    const form = Object.fromEntries(view.phases.map((p) => [`starts_${p.phase}`, p.value]));
    const same = await reschedulePhases(w.asAdmin, w.process.id, form);
    expect(same.map((p) => p.startsAt.getTime())).toEqual(
      view.phases.map((p) => p.startsAt.getTime()),
    );
    expect(view.phases.every((p) => !p.started)).toBe(true);
  });

  test('the database refuses a started phase moved or phases out of order, whoever writes', async () => {
    const w = await inSubmission();
    const phase = (name: string) =>
      and(eq(pbPhases.processId, w.process.id), eq(pbPhases.phase, name as 'voting'));
    await expect(
      database.db
        .update(pbPhases)
        .set({ startsAt: inDays(1) })
        .where(phase('information')),
    ).rejects.toThrow();
    await expect(
      database.db
        .update(pbPhases)
        .set({ startsAt: inDays(100) })
        .where(phase('voting')),
    ).rejects.toThrow();
    await database.db
      .update(pbPhases)
      .set({ startsAt: inDays(22) })
      .where(phase('voting'));
  });

  test('bad input is a message on its field, never a crash, and nothing moves', async () => {
    const w = await inSubmission();
    const before = await w.starts();
    for (const value of [
      ...badInput.dates,
      ...badInput.empty,
      ...badInput.script_injection,
      ...badInput.numbers,
      ['2027-01-01T10:00', '2027-01-02T10:00'],
      '2099-01-01T10:00',
    ]) {
      const fields = await refusal(
        reschedulePhases(w.asAdmin, w.process.id, { starts_voting: value }),
      );
      expect(Object.keys(fields), String(value)).toEqual(['starts_voting']);
    }
    expect(await w.starts()).toEqual(before);
  });

  test('only those who run the process; not another organisation; not an unknown process', async () => {
    const w = await inSubmission();
    const other = await makeOrganisation(database.db);
    const theirAdmin = await makeUser(database.db, other, ['admin']);
    const move = { starts_voting: local(inDays(25)) };
    for (const user of [w.citizen, w.employee, null])
      await expect(reschedulePhases(await w.as(user), w.process.id, move)).rejects.toBeInstanceOf(
        Forbidden,
      );
    await expect(
      reschedulePhases(await ctxFor(database.db, other, theirAdmin), w.process.id, move),
    ).rejects.toBeInstanceOf(NotFound);
    for (const id of [...badInput.ids, 'x'])
      await expect(reschedulePhases(w.asAdmin, id, move)).rejects.toBeInstanceOf(NotFound);
    await expect(scheduleOf(await w.as(w.citizen), w.process.id)).rejects.toBeInstanceOf(Forbidden);
  });
});
