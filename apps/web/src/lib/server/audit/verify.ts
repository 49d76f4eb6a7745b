import { asc, gt } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { auditLog } from './schema.ts';
import { entryHash, GENESIS_HASH } from './canonical.ts';

export type ChainReport =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; reason: 'hash' | 'link' | 'gap' };

/** Walks the whole chain in order and names the first entry that does not hold. */
export async function verifyAuditChain(db: Queryable, batchSize = 1000): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, entries: checked };
    for (const row of rows) {
      const fail = (reason: 'hash' | 'link' | 'gap') =>
        ({ ok: false, entries: checked, brokenAt: row.seq, reason }) as const;
      if (row.seq !== expectedSeq) return fail('gap');
      if (row.prevHash !== prevHash) return fail('link');
      if (entryHash(prevHash, row) !== row.hash) return fail('hash');
      prevHash = row.hash;
      expectedSeq++;
      checked++;
    }
  }
}
