import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditLog } from './schema.ts';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser, openCallWorld } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { openDatabase } from '../db/client.ts';
import { bundledMigrations, migrate } from '../db/migrate.ts';
import { recordAudit } from './record.ts';
import { verifyAuditChain } from './verify.ts';
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
    // A file-backed database, so that the command-line verifier can open it too.
    const dir = mkdtempSync(join(tmpdir(), 'innovato-audit-'));
    try {
      const file = await openDatabase({ kind: 'pglite', dataDir: dir });
      await migrate(file.db, bundledMigrations());
      const org = await makeOrganisation(file.db);
      const user = await makeUser(file.db, org, ['admin']);
      const ctx = await ctxFor(file.db, org, user);
      for (const n of [1, 2, 3]) {
        await file.db.transaction((tx) =>
          recordAudit(tx, ctx, { action: `test.step${n}`, resourceType: 'test', after: { n } }),
        );
      }
      expect(await verifyAuditChain(file.db)).toEqual({ ok: true, entries: 3 });
      // Someone with direct database access bypasses the trigger and edits entry #2.
      await file.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      await file.db.execute(sql`update audit_log set after = '{"n": 20}' where seq = 2`);
      expect(await verifyAuditChain(file.db)).toEqual({
        ok: false,
        entries: 1,
        brokenAt: 2,
        reason: 'hash',
      });
      await file.close();

      const run = promisify(execFile);
      const result = await run('npx', ['tsx', 'src/lib/server/audit/verify-cli.ts'], {
        env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
      }).catch((e: { code: number; stderr: string }) => e);
      expect('code' in result && result.code).toBe(1);
      expect(result.stderr).toContain('BROKEN at entry #2');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
