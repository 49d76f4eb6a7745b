import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import { inTransaction } from '../db/transaction.ts';
import { auditLog } from './schema.ts';
import { recordAudit } from './record.ts';
import { entryHash, GENESIS_HASH } from './canonical.ts';
import { configureAuditHead, readHead } from './head.ts';
import { verifyAuditChain } from './verify.ts';
import { auditVerifyReport } from './verify-report.ts';

/**
 * Someone with the database but not the key (the application's own role cannot even write
 * this: roles.postgres.test.ts) tries to rewrite history. Every way is caught: editing an
 * entry, recomputing the chain without the key, dropping the latest entries, truncating.
 */
let database: Database;
let dir: string;
beforeAll(async () => {
  database = await openTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'innovato-head-'));
});
afterAll(async () => {
  configureAuditHead(undefined);
  rmSync(dir, { recursive: true, force: true });
  await database.close();
});

/** Ten audited changes through commands' transactions: the head is kept in `file`. */
async function history(file: string) {
  await database.db.execute(sql`alter table audit_log disable trigger audit_log_no_truncate`);
  await database.db.execute(sql`truncate audit_log`);
  await database.db.execute(sql`alter table audit_log enable trigger audit_log_no_truncate`);
  configureAuditHead(file);
  const org = await makeOrganisation(database.db);
  const ctx = await ctxFor(database.db, org, await makeUser(database.db, org, ['admin']));
  for (let n = 1; n <= 10; n++) {
    await inTransaction(ctx, (tx) =>
      recordAudit(tx.db, tx, { action: `test.step${n}`, resourceType: 'test', after: { n } }),
    );
  }
  return readHead(file)!;
}

/** As a superuser would: with the append-only triggers held off. */
async function asSuperuser(statement: ReturnType<typeof sql>) {
  await database.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
  await database.db.execute(statement);
  await database.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
}

describe('tampering with the audit log', () => {
  test('the head follows every committed entry, and never a rolled-back one', async () => {
    const file = join(dir, 'head-1.json');
    const head = await history(file);
    expect(head.seq).toBe(10);
    const org = await makeOrganisation(database.db);
    const ctx = await ctxFor(database.db, org, null);
    await inTransaction(ctx, async (tx) => {
      await recordAudit(tx.db, tx, { action: 'test.rolled_back', resourceType: 'test' });
      throw new Error('changed my mind');
    }).catch(() => undefined);
    expect(readHead(file)).toEqual(head);
    expect(await verifyAuditChain(database.db, head)).toEqual({ ok: true, entries: 10 });
  });

  test('TRUNCATE is refused by the database', async () => {
    await history(join(dir, 'head-2.json'));
    await expect(database.db.execute(sql`truncate audit_log`)).rejects.toThrow();
  });

  test('dropping the latest entries is detected against the head', async () => {
    const head = await history(join(dir, 'head-3.json'));
    await asSuperuser(sql`delete from audit_log where seq > 8`);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true }); // alone, it looks fine
    expect(await verifyAuditChain(database.db, head)).toEqual({
      ok: false,
      entries: 8,
      brokenAt: 9,
      reason: 'truncated',
    });
    expect((await auditVerifyReport(database.db, head)).out).toBe(
      'Audit log BROKEN at entry #9: it and the entries after it are missing: the log ends before its recorded head.',
    );
  });

  test('an entry altered and the chain recomputed without the key is detected', async () => {
    const head = await history(join(dir, 'head-4.json'));
    await recompute(5, { keyed: true });
    expect(await verifyAuditChain(database.db, head)).toMatchObject({
      ok: false,
      brokenAt: 5,
      reason: 'hash',
    });
  });

  test('the whole chain recomputed as unkeyed "legacy" entries is detected by the head', async () => {
    const head = await history(join(dir, 'head-5.json'));
    await recompute(1, { keyed: false });
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true }); // a perfect forgery…
    expect(await verifyAuditChain(database.db, head)).toMatchObject({
      ok: false,
      brokenAt: 10,
      reason: 'head',
    }); // …but not the head's
  });
});

/**
 * The forger's tool: changes entry `from`'s content and recomputes every hash from there with
 * plain SHA-256 (they do not have the key), marking the rows keyed or not as told.
 */
async function recompute(from: number, { keyed }: { keyed: boolean }) {
  const rows = await database.db.select().from(auditLog).orderBy(asc(auditLog.seq));
  let prev = from === 1 ? GENESIS_HASH : rows[from - 2]!.hash;
  for (const row of rows.slice(from - 1)) {
    const forged = { ...row, after: row.seq === from ? { n: 999 } : row.after };
    const hash = entryHash(prev, forged, false);
    await asSuperuser(
      sql`update audit_log set after = ${JSON.stringify(forged.after)}::jsonb, prev_hash = ${prev}, hash = ${hash}, keyed = ${keyed} where seq = ${row.seq}`,
    );
    prev = hash;
  }
}
