import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { startSmtpServer } from '../accounts/testing.ts';
import { deliverPending } from '../mail/outbox.ts';
import { smtpTransport } from '../mail/smtp.ts';
import { enqueueDueSchedules } from '../jobs/schedules.ts';
import { runDueJobs } from '../jobs/run.ts';
import { createProject } from './commands.ts';
import { addMilestone, setMilestoneStatus } from './delivery.ts';
import { recordSaving } from './savings.ts';
import { nextMeasurementDue, todayIn } from './reminders.ts';
import { projectWorld } from './testing.ts';

let database: Database;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  database = await openTestDatabase();
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await database.close();
});

/** The scheduler and the worker as a server runs them, at `now`; then the outbox over SMTP. */
async function runDay(now: Date) {
  await enqueueDueSchedules(database.db, now);
  await runDueJobs(database.db, { clock: () => now, limit: 200 });
  // The outbox runs on the real clock (its rows are due from when they were queued).
  await deliverPending(
    database.db,
    smtpTransport(smtp.url, 'Innovato-R <no-reply@x.ro>'),
    new Date(),
  );
}

describe('reminders by e-mail from the daily job', () => {
  test('an overdue milestone and a due measurement reach the lead and team once', async () => {
    const w = await projectWorld(database.db);
    const p = await createProject(w.as.admin, w.projectInput([(await w.selected()).id]));
    const late = await addMilestone(w.as.lead, p.id, {
      title: 'Export PDF',
      dueOn: '2026-03-01',
      weight: '1',
    });
    const done = await addMilestone(w.as.lead, p.id, {
      title: 'Contract',
      dueOn: '2026-02-01',
      weight: '1',
    });
    await setMilestoneStatus(w.as.lead, p.id, { milestoneId: done.id, status: 'done' });
    await addMilestone(w.as.lead, p.id, { title: 'Later', dueOn: '2026-09-01', weight: '1' });
    await recordSaving(w.as.lead, p.id, {
      metric: 'staff_hours',
      measured: '20',
      periodStart: '2026-02-01',
      periodEnd: '2026-02-28',
      recurrence: 'monthly',
      method: 'Foaia de pontaj',
    });
    await recordSaving(w.as.lead, p.id, {
      metric: 'ron',
      measured: '500',
      periodStart: '2026-02-01',
      periodEnd: '2026-02-28',
      recurrence: 'one_off',
      method: 'Factura',
    });

    // 2 April 2026, after 08:00 in Cluj: the milestone of 1 March is late; February's hours
    // were due to be measured again by 28 March.
    await runDay(new Date('2026-04-02T07:00:00Z'));
    const toLead = smtp.received.filter((m) => m.to === w.lead.email);
    const toTeam = smtp.received.filter((m) => m.to === w.colleague.email);
    expect(toLead.map((m) => m.subject).sort()).toEqual([
      'Este timpul unei noi măsurători: „Fluturașul de salariu digital”',
      'Etapă depășită: „Export PDF”',
    ]);
    expect(toLead.find((m) => m.text.includes('Export PDF'))!.text).toContain(`/projects/${p.id}`);
    expect(toTeam).toHaveLength(2);
    expect(smtp.received.some((m) => m.text.includes('Contract') || m.text.includes('Later'))).toBe(
      false,
    );
    expect(late.status).toBe('not_started');

    // The next day: nothing new to say.
    const before = smtp.received.length;
    await runDay(new Date('2026-04-03T07:00:00Z'));
    expect(smtp.received.length).toBe(before);
  });

  test('the next measurement is due one rhythm after the period ends', () => {
    expect(nextMeasurementDue('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(nextMeasurementDue('2026-03-31', 'quarterly')).toBe('2026-06-30');
    expect(nextMeasurementDue('2024-02-29', 'yearly')).toBe('2025-02-28');
    expect(nextMeasurementDue('2026-01-15', 'one_off')).toBeNull();
    expect(todayIn('Europe/Bucharest', new Date('2026-04-01T22:30:00Z'))).toBe('2026-04-02');
  });
});
