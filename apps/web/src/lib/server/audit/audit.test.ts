import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditLog } from './schema.ts';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser, openCallWorld } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { recordAudit } from './record.ts';
import { verifyAuditChain } from './verify.ts';
import { auditVerifyReport } from './verify-report.ts';
import { listAuditEntries } from './queries.ts';
import { Forbidden } from '../errors.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('the audit log', () => {
  test('every change links to the one before it, and the chain verifies', async () => {
    const { db } = database;
    await openCallWorld(db); // creates and publishes a call: two audited changes
    const report = await verifyAuditChain(db);
    expect(report).toEqual({ ok: true, entries: expect.any(Number) });
    expect(report.entries).toBeGreaterThanOrEqual(2);
  });

  test('the database refuses to update or delete an entry', async () => {
    const { db } = database;
    await expect(
      db.execute(sql`update audit_log set action = 'x' where seq = 1`),
    ).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_log where seq = 1`)).rejects.toThrow();
  });

  test('secrets never reach the log', async () => {
    const { db } = database;
    const org = await makeOrganisation(db);
    const ctx = await ctxFor(db, org, null);
    await db.transaction((tx) =>
      recordAudit(tx, ctx, {
        action: 'test.secret',
        resourceType: 'user',
        after: { name: 'Anișoara', passwordHash: 'argon2…', token: 't' },
      }),
    );
    const [row] = await db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.action, 'test.secret'));
    expect(row!.after).toEqual({ name: 'Anișoara' });
  });

  test('only administrators read the log, and only their organisation’s entries', async () => {
    const { db } = database;
    const world = await openCallWorld(db);
    const other = await openCallWorld(db);
    const asEmployee = await ctxFor(db, world.org, world.employee);
    await expect(listAuditEntries(asEmployee, { page: 1 })).rejects.toThrow(Forbidden);
    const list = await listAuditEntries(world.asAdmin, { page: 1, action: 'call.' });
    expect(list.entries.map((e) => e.action).sort()).toEqual(['call.create', 'call.publish']);
    const otherIds = new Set([other.call.id]);
    expect(list.entries.some((e) => otherIds.has(e.resourceId ?? ''))).toBe(false);
  });
});

describe('tampering', () => {
  test('altering one row directly is detected, naming that entry; audit:verify reports it', async () => {
    const db = database.db;
    const org = await makeOrganisation(db);
    const user = await makeUser(db, org, ['admin']);
    const ctx = await ctxFor(db, org, user);
    const before = (await verifyAuditChain(db)) as { entries: number };
    for (const n of [1, 2, 3]) {
      await db.transaction((tx) =>
        recordAudit(tx, ctx, { action: `test.step${n}`, resourceType: 'test', after: { n } }),
      );
    }
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: before.entries + 3 });
    expect(await auditVerifyReport(db)).toEqual({
      code: 0,
      out: `Audit log intact: ${before.entries + 3} entries verified (no recorded head to compare with).`,
    });
    // Someone with direct database access bypasses the trigger and edits the middle entry.
    const target = before.entries + 2;
    await db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await db.execute(sql`update audit_log set after = '{"n": 20}' where seq = ${target}`);
    await db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      entries: target - 1,
      brokenAt: target,
      reason: 'hash',
    });
    expect(await auditVerifyReport(db)).toEqual({
      code: 1,
      out: `Audit log BROKEN at entry #${target}: its content does not match its hash (it was altered, or its hash was recomputed without the key).`,
    });
  });
});
