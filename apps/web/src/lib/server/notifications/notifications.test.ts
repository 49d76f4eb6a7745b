import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { Forbidden, Invalid, NotFound } from '../errors.ts';
import { outboxEmails } from '../mail/schema.ts';
import { memberships } from '../accounts/schema.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { inTransaction } from '../db/transaction.ts';
import { exportPersonalData } from '../privacy/export-personal-data.ts';
import { eraseAccount } from '../privacy/erase-account.ts';
import { runDueJobs } from '../jobs/run.ts';
import { enqueueDueSchedules } from '../jobs/schedules.ts';
import type { Organisation } from '../organisations/schema.ts';
import badInput from '../testing/bad-input.json' with { type: 'json' };
import { notify } from './notify.ts';
import { markAllRead, markRead, myNotifications, unreadCount } from './centre.ts';
import { myPreferences, savePreferences } from './preferences.ts';
import { notifications } from './schema.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** A real kind (jobs.dead: e-mail at once by default) as a module would send it. */
const deadJob = (recipients: string[], n = 1) => ({
  kind: 'jobs.dead',
  recipients,
  resource: { type: 'job', id: `job-${n}`, href: `/admin/jobs?n=${n}` },
  params: { kind: `test.kind_${n}`, attempts: 5, error: 'boom' },
});

async function world() {
  const { db } = database;
  const org = await makeOrganisation(db);
  const other = await makeOrganisation(db);
  const ana = await makeUser(db, org, ['admin'], { name: 'Ana Pop', locale: 'en' });
  const bob = await makeUser(db, org, ['admin'], { name: 'Bob Rus' });
  const outsider = await makeUser(db, other, ['admin']);
  return {
    org,
    other,
    ana,
    bob,
    outsider,
    asAna: await ctxFor(db, org, ana),
    asBob: await ctxFor(db, org, bob),
  };
}

const mailsTo = (email: string) =>
  database.db.select().from(outboxEmails).where(eq(outboxEmails.to, email));

const send = (org: Organisation, input: ReturnType<typeof deadJob>) =>
  database.db.transaction((tx) => notify({ db: tx, org }, input));

describe('notify', () => {
  test('one notification per member recipient, an e-mail at once by default, in their language', async () => {
    const w = await world();
    const n = await send(w.org, deadJob([w.ana.id, w.ana.id, w.bob.id, w.outsider.id]));
    expect(n).toBe(2);
    const rows = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.organisationId, w.org.id));
    expect(rows.map((r) => r.userId).sort()).toEqual([w.ana.id, w.bob.id].sort());
    const [mail] = await mailsTo(w.ana.email);
    expect(mail?.subject).toBe('A background job gave up: test.kind_1');
    expect(mail?.text).toContain('https://innovato.example/admin/jobs?n=1');
    expect(mail?.text).toContain('https://innovato.example/account/notifications');
    expect(await mailsTo(w.outsider.email)).toEqual([]);
    // Nothing for the outsider, in either organisation.
    const outsiderRows = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, w.outsider.id));
    expect(outsiderRows).toEqual([]);
  });

  test('nothing exists if the caller rolls back', async () => {
    const w = await world();
    await expect(
      inTransaction(w.asAna, async (tx) => {
        await notify(tx, deadJob([w.bob.id]));
        throw new Forbidden();
      }),
    ).rejects.toThrow();
    expect(
      await database.db.select().from(notifications).where(eq(notifications.userId, w.bob.id)),
    ).toEqual([]);
    expect(await mailsTo(w.bob.email)).toEqual([]);
  });

  test('an unverified address gets no mail; an erased person nothing; an unknown kind is refused', async () => {
    const w = await world();
    const unverified = await makeUser(database.db, w.org, ['employee'], { emailVerifiedAt: null });
    const erased = await makeUser(database.db, w.org, ['employee'], { erasedAt: new Date() });
    expect(await send(w.org, deadJob([unverified.id, erased.id]))).toBe(1);
    expect(await mailsTo(unverified.email)).toEqual([]);
    await expect(send(w.org, { ...deadJob([w.ana.id]), kind: 'test.nope' })).rejects.toThrow(
      'no notification kind "test.nope"',
    );
  });

  test('an address outside the site, or one that could break a header, is refused', async () => {
    const w = await world();
    const hrefs = [
      '//evil.example/x',
      'https://evil.example',
      '/\\evil.example',
      '/a\r\nSet-Cookie: x=1',
      '/a b',
      'proposals/1',
    ];
    for (const href of hrefs) {
      await expect(
        send(w.org, { ...deadJob([w.ana.id]), resource: { type: 'job', id: '1', href } }),
      ).rejects.toThrow();
    }
  });
});

describe('preferences', () => {
  test('"off" means in-app only; "digest" waits for the day\'s summary', async () => {
    const w = await world();
    await savePreferences(w.asAna, { 'jobs.dead': 'off' });
    await savePreferences(w.asBob, { 'jobs.dead': 'digest' });
    await send(w.org, deadJob([w.ana.id, w.bob.id]));
    expect(await mailsTo(w.ana.email)).toEqual([]);
    expect(await mailsTo(w.bob.email)).toEqual([]);
    expect(await unreadCount(w.asAna)).toBe(1);
    expect((await myPreferences(w.asBob)).find((p) => p.kind === 'jobs.dead')).toMatchObject({
      email: 'digest',
      isDefault: false,
    });
  });

  test('the digest: one mail per person per day with everything since the last, never twice', async () => {
    const w = await world();
    await savePreferences(w.asAna, { 'jobs.dead': 'digest' });
    await savePreferences(w.asBob, { 'jobs.dead': 'digest' });
    const { db } = database;
    // Monday: two for Ana, one for Bob, before 07:00 (Bucharest) on Tuesday.
    await send(w.org, deadJob([w.ana.id, w.bob.id], 1));
    await send(w.org, deadJob([w.ana.id], 2));
    const tuesday = new Date('2030-01-08T05:00:00Z');
    const runDay = async (now: Date) => {
      await enqueueDueSchedules(db, now);
      await enqueueDueSchedules(db, now); // a second process: still one digest job
      return runDueJobs(db, { clock: () => now, limit: 500 });
    };
    await runDay(tuesday);
    const anaMails = await mailsTo(w.ana.email);
    expect(anaMails).toHaveLength(1);
    expect(anaMails[0]!.subject).toBe('Cluj-Napoca City Hall: your daily summary (2)');
    expect(anaMails[0]!.text).toContain('test.kind_1');
    expect(anaMails[0]!.text).toContain('test.kind_2');
    expect(await mailsTo(w.bob.email)).toHaveLength(1);
    // The same day again: nothing new, nothing sent.
    await runDay(new Date('2030-01-08T12:00:00Z'));
    expect(await mailsTo(w.ana.email)).toHaveLength(1);
    // One more, then Wednesday: only that one, to Ana only.
    await send(w.org, deadJob([w.ana.id], 3));
    await runDay(new Date('2030-01-09T05:00:00Z'));
    const later = await mailsTo(w.ana.email);
    expect(later).toHaveLength(2);
    const last = later.find((m) => m.id !== anaMails[0]!.id)!;
    expect(last.text).toContain('test.kind_3');
    expect(last.text).not.toContain('test.kind_1');
    expect(await mailsTo(w.bob.email)).toHaveLength(1);
  });

  test('turned off after the fact: a waiting notification is dropped from the digest', async () => {
    const w = await world();
    await savePreferences(w.asAna, { 'jobs.dead': 'digest' });
    await send(w.org, deadJob([w.ana.id]));
    await savePreferences(w.asAna, { 'jobs.dead': 'off' });
    const now = new Date('2030-02-01T06:00:00Z');
    await enqueueDueSchedules(database.db, now);
    await runDueJobs(database.db, { clock: () => now, limit: 500 });
    expect(await mailsTo(w.ana.email)).toEqual([]);
  });

  const invalid = async (input: unknown) => {
    const w = await world();
    const error = await savePreferences(w.asAna, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((await myPreferences(w.asAna)).filter((p) => !p.isDefault)).toEqual([]);
    return (error as Invalid).fields;
  };

  test.each([
    ...badInput.empty,
    ...badInput.script_injection,
    ...badInput.sql_like,
    ...badInput.control_chars,
    'NOW',
    'never',
  ])('the choice %j is refused with a message beside the field', async (value) => {
    expect(await invalid({ 'jobs.dead': value })).toEqual({
      'jobs.dead': { key: 'notifications.preferences.choose' },
    });
  });

  test.each([
    [{}, 'form'],
    [null, 'form'],
    [{ 'test.unknown': 'now' }, 'form'],
    [{ 'jobs.dead': ['now', 'off'] }, 'jobs.dead'],
    [['now'], 'form'],
    ['now', 'form'],
  ])('a form without a usable choice (%j) is refused (%s)', async (input, field) => {
    expect(Object.keys(await invalid(input))).toEqual([field]);
  });

  test('a field for a kind that does not exist is ignored; kinds left out keep their choice', async () => {
    const w = await world();
    await savePreferences(w.asAna, { 'jobs.dead': 'digest', 'test.unknown': 'now' });
    await savePreferences(w.asAna, { 'test.unknown': 'off', 'projects.update': 'off' });
    expect((await myPreferences(w.asAna)).find((p) => p.kind === 'jobs.dead')?.email).toBe(
      'digest',
    );
    const kinds = (await myPreferences(w.asAna)).map((p) => p.kind);
    expect(kinds).toContain('jobs.dead');
    expect(kinds).not.toContain('test.unknown');
  });

  test("a kind for other roles is not on a person's page, and posting it changes nothing", async () => {
    const w = await world();
    const employee = await makeUser(database.db, w.org, ['employee', 'moderator']);
    const asEmployee = await ctxFor(database.db, w.org, employee);
    const kinds = async (ctx: typeof asEmployee) => (await myPreferences(ctx)).map((p) => p.kind);
    expect(await kinds(asEmployee)).not.toContain('jobs.dead');
    await expect(savePreferences(asEmployee, { 'jobs.dead': 'off' })).rejects.toBeInstanceOf(
      Invalid,
    );
    expect(await kinds(await ctxFor(database.db, w.other, employee))).not.toContain('jobs.dead');
    expect((await myPreferences(asEmployee)).every((p) => p.isDefault)).toBe(true);
  });

  test('a visitor has no preferences to read or save', async () => {
    const w = await world();
    const visitor = await ctxFor(database.db, w.org, null);
    await expect(myPreferences(visitor)).rejects.toBeInstanceOf(Forbidden);
    await expect(savePreferences(visitor, { 'jobs.dead': 'off' })).rejects.toBeInstanceOf(
      Forbidden,
    );
  });
});

describe('the notification centre', () => {
  test('a person sees only their own, in this organisation only', async () => {
    const w = await world();
    // The outsider also becomes a member here; Ana also of the other organisation.
    await database.db
      .insert(memberships)
      .values({ organisationId: w.org.id, userId: w.outsider.id, roles: ['employee'] });
    await database.db
      .insert(memberships)
      .values({ organisationId: w.other.id, userId: w.ana.id, roles: ['employee'] });
    await send(w.org, deadJob([w.ana.id], 1));
    await send(w.org, deadJob([w.bob.id, w.outsider.id], 2));
    await send(w.other, deadJob([w.ana.id, w.outsider.id], 3));
    const mine = await myNotifications(w.asAna);
    expect(mine.notifications.map((n) => n.title.params?.kind)).toEqual(['test.kind_1']);
    expect(mine).toMatchObject({ total: 1, unread: 1, page: 1, pages: 1 });
    const asAnaThere = await ctxFor(database.db, w.other, w.ana);
    expect(
      (await myNotifications(asAnaThere)).notifications.map((n) => n.title.params?.kind),
    ).toEqual(['test.kind_3']);
  });

  test("marking someone else's notification read is 'not found', whoever and wherever they are", async () => {
    const w = await world();
    await send(w.org, deadJob([w.bob.id]));
    const [bobs] = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, w.bob.id));
    const outsider = await ctxFor(database.db, w.other, w.outsider);
    const visitor = await ctxFor(database.db, w.org, null);
    const bobElsewhere = await ctxFor(database.db, w.other, w.bob);
    await expect(markRead(w.asAna, bobs!.id)).rejects.toBeInstanceOf(NotFound);
    await expect(markRead(outsider, bobs!.id)).rejects.toBeInstanceOf(NotFound);
    await expect(markRead(bobElsewhere, bobs!.id)).rejects.toBeInstanceOf(NotFound);
    await expect(markRead(visitor, bobs!.id)).rejects.toBeInstanceOf(Forbidden);
    await expect(myNotifications(visitor)).rejects.toBeInstanceOf(Forbidden);
    for (const id of [...badInput.ids, ...badInput.sql_like, '']) {
      await expect(markRead(w.asBob, id)).rejects.toBeInstanceOf(NotFound);
    }
    expect(await markAllRead(w.asAna)).toBe(0);
    expect(await unreadCount(w.asBob)).toBe(1);
    expect(await markRead(w.asBob, bobs!.id)).toEqual({ href: '/admin/jobs?n=1' });
    expect(await unreadCount(w.asBob)).toBe(0);
  });

  test('mark all read; pages of 20, newest first', async () => {
    const w = await world();
    for (let i = 1; i <= 23; i++) await send(w.org, deadJob([w.ana.id], i));
    const first = await myNotifications(w.asAna, { page: '1' });
    expect(first).toMatchObject({ total: 23, pages: 2, unread: 23 });
    expect(first.notifications).toHaveLength(20);
    expect(first.notifications[0]!.title.params?.kind).toBe('test.kind_23');
    const second = await myNotifications(w.asAna, { page: '2' });
    expect(second.notifications.map((n) => n.title.params?.kind)).toEqual([
      'test.kind_3',
      'test.kind_2',
      'test.kind_1',
    ]);
    expect((await myNotifications(w.asAna, { page: 'abc' })).page).toBe(1);
    expect(await markAllRead(w.asAna)).toBe(23);
    expect(await unreadCount(w.asAna)).toBe(0);
    expect((await myNotifications(w.asAna)).notifications.every((n) => n.read)).toBe(true);
  });
});

describe('personal data', () => {
  test('notifications and choices are in the export and go with the account', async () => {
    const { db } = database;
    const w = await world();
    const password = 'parola-corectă-2026';
    const carol = await makeUser(db, w.org, ['admin'], {
      passwordHash: await hashPassword(password),
    });
    const asCarol = await ctxFor(db, w.org, carol);
    await savePreferences(asCarol, { 'jobs.dead': 'digest' });
    await send(w.org, deadJob([carol.id, w.ana.id]));
    const data = (await exportPersonalData(asCarol)) as unknown as Record<string, unknown>;
    expect(data.notifications).toEqual([
      expect.objectContaining({ kind: 'jobs.dead', link: '/admin/jobs?n=1', readAt: null }),
    ]);
    expect(data.notificationPreferences).toEqual([{ kind: 'jobs.dead', email: 'digest' }]);
    await eraseAccount(asCarol, { password, confirm: 'on' });
    expect(await db.select().from(notifications).where(eq(notifications.userId, carol.id))).toEqual(
      [],
    );
    const anas = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, w.ana.id)));
    expect(anas).toHaveLength(1);
  });
});
