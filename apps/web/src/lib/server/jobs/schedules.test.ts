import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { count, eq, like } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { makeOrganisation, makeUser } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import type { Schedule } from '../module.ts';
import { createSession } from '../accounts/sessions.ts';
import { emailTokens, sessions } from '../accounts/schema.ts';
import { rateLimits } from '../rate-limits/schema.ts';
import { hit } from '../rate-limits/rate-limit.ts';
import { enqueueDueSchedules } from './schedules.ts';
import { runDueJobs } from './run.ts';
import { jobs } from './schema.ts';
import { slotOf } from './slots.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const at = (iso: string) => new Date(iso);

describe('slots', () => {
  const daily: Schedule = { kind: 'notifications.digest', dailyAt: '07:00' };
  test.each([
    // Winter: Bucharest is UTC+2.
    ['2026-12-02T06:00:00Z', 'Europe/Bucharest', '2026-12-02T05:00:00.000Z'],
    ['2026-12-02T04:59:59Z', 'Europe/Bucharest', '2026-12-01T05:00:00.000Z'],
    ['2026-12-02T05:00:00Z', 'Europe/Bucharest', '2026-12-02T05:00:00.000Z'],
    // Summer: UTC+3, and the day the clocks went forward.
    ['2026-07-01T05:00:00Z', 'Europe/Bucharest', '2026-07-01T04:00:00.000Z'],
    ['2026-03-29T06:00:00Z', 'Europe/Bucharest', '2026-03-29T04:00:00.000Z'],
    // The first of the month, before the slot: the last day of the month before.
    ['2026-03-01T01:00:00Z', 'Europe/Bucharest', '2026-02-28T05:00:00.000Z'],
    ['2026-12-02T06:00:00Z', 'UTC', '2026-12-01T07:00:00.000Z'],
  ])('07:00 daily at %s in %s is the slot of %s', (now, tz, slot) => {
    expect(slotOf(daily, at(now), tz).toISOString()).toBe(slot);
  });

  test('every N minutes: slots at multiples of N', () => {
    const s: Schedule = { kind: 'mail.purge_old', everyMinutes: 15 };
    expect(slotOf(s, at('2026-12-02T10:29:59Z')).toISOString()).toBe('2026-12-02T10:15:00.000Z');
    expect(slotOf(s, at('2026-12-02T10:30:00Z')).toISOString()).toBe('2026-12-02T10:30:00.000Z');
  });
});

describe('schedules', () => {
  test('two processes queueing the same schedules make one job per slot and organisation', async () => {
    const { db } = database;
    const orgs = [await makeOrganisation(db), await makeOrganisation(db, { timeZone: 'UTC' })];
    const schedules: Schedule[] = [
      { kind: 'notifications.digest', dailyAt: '07:00', perOrganisation: true },
      { kind: 'mail.purge_old', everyMinutes: 60 },
    ];
    const now = at('2026-12-02T06:30:00Z');
    const a = new Map<string, string>();
    const b = new Map<string, string>();
    const made = await Promise.all([
      enqueueDueSchedules(db, now, a, schedules),
      enqueueDueSchedules(db, now, b, schedules),
      enqueueDueSchedules(db, now, undefined, schedules),
    ]);
    expect(made.reduce((x, y) => x + y, 0)).toBe(3);
    // The same slot again, later in the hour: nothing new (and no insert at all for `a`).
    expect(await enqueueDueSchedules(db, at('2026-12-02T06:59:00Z'), a, schedules)).toBe(0);
    // The next hour: a new purge slot; 07:00 UTC is also the UTC organisation's next digest.
    expect(await enqueueDueSchedules(db, at('2026-12-02T07:00:00Z'), b, schedules)).toBe(2);
    const rows = await db.select().from(jobs).where(like(jobs.dedupeKey, 'schedule:%'));
    const keys = rows.map((r) => r.dedupeKey).sort();
    expect(keys).toEqual(
      [
        `schedule:mail.purge_old:-:2026-12-02T06:00:00.000Z`,
        `schedule:mail.purge_old:-:2026-12-02T07:00:00.000Z`,
        `schedule:notifications.digest:${orgs[0]!.id}:2026-12-02T05:00:00.000Z`,
        `schedule:notifications.digest:${orgs[1]!.id}:2026-12-01T07:00:00.000Z`,
        `schedule:notifications.digest:${orgs[1]!.id}:2026-12-02T07:00:00.000Z`,
      ].sort(),
    );
    const digest = rows.find((r) => r.organisationId === orgs[0]!.id)!;
    expect(digest).toMatchObject({
      kind: 'notifications.digest',
      runAt: at('2026-12-02T05:00:00Z'),
    });
  });

  test("the modules' house-keeping runs as scheduled jobs: expired sessions, spent tokens and old windows go", async () => {
    const { db } = database;
    const org = await makeOrganisation(db);
    const user = await makeUser(db, org, ['employee']);
    const now = at('2026-11-23T12:00:00Z');
    const longAgo = at('2026-09-01T12:00:00Z');
    await createSession(db, user.id, longAgo);
    await createSession(db, user.id, now);
    const soon = new Date(now.getTime() + 3_600_000);
    await db.insert(emailTokens).values([
      { userId: user.id, purpose: 'verify_email', tokenHash: 'expired', expiresAt: longAgo },
      {
        userId: user.id,
        purpose: 'reset_password',
        tokenHash: 'used',
        expiresAt: soon,
        usedAt: longAgo,
      },
      { userId: user.id, purpose: 'verify_email', tokenHash: 'live', expiresAt: soon },
    ]);
    await hit(db, 'sign-in:old', { limit: 10, windowSeconds: 900 }, longAgo);
    await hit(db, 'sign-in:now', { limit: 10, windowSeconds: 900 }, now);

    await enqueueDueSchedules(db, now);
    const outcome = await runDueJobs(db, { clock: () => now, limit: 500 });

    expect(outcome.failed + outcome.dead).toBe(0);
    const [s] = await db.select({ n: count() }).from(sessions);
    const tokens = await db.select({ hash: emailTokens.tokenHash }).from(emailTokens);
    const windows = await db.select({ key: rateLimits.key }).from(rateLimits);
    expect(s?.n).toBe(1);
    expect(tokens.map((t) => t.hash)).toEqual(['live']);
    expect(windows.map((w) => w.key)).toEqual(['sign-in:now']);
    const ran = await db.select({ kind: jobs.kind }).from(jobs).where(eq(jobs.state, 'done'));
    expect(ran.map((r) => r.kind)).toEqual(
      expect.arrayContaining([
        'accounts.expired_sessions',
        'accounts.spent_email_tokens',
        'rate_limits.old_windows',
      ]),
    );
  });
});
