import { asc, gt } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { auditLog } from './schema.ts';
import { entryHash, GENESIS_HASH } from './canonical.ts';
import type { AuditHead } from './head.ts';

export type BreakReason = 'hash' | 'link' | 'gap' | 'truncated' | 'head';

export type ChainReport =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; reason: BreakReason };

/**
 * Walks the whole chain in order and names the first entry that does not hold. With the head
 * kept outside the database (audit/head.ts), it also finds the latest entries deleted
 * (`truncated`) and a chain recomputed or replaced from some entry on (`head`). Once keyed
 * entries begin, an unkeyed one after them is an alteration.
 */
export async function verifyAuditChain(
  db: Queryable,
  head: AuditHead | null = null,
  batchSize = 1000,
): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let keyedSeen = false;
  let hashAtHead: string | undefined;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    for (const row of rows) {
      const fail = (reason: BreakReason) =>
        ({ ok: false, entries: checked, brokenAt: row.seq, reason }) as const;
      if (row.seq !== expectedSeq) return fail('gap');
      if (row.prevHash !== prevHash) return fail('link');
      if ((keyedSeen && !row.keyed) || entryHash(prevHash, row, row.keyed) !== row.hash)
        return fail('hash');
      keyedSeen ||= row.keyed;
      if (head && row.seq === head.seq) hashAtHead = row.hash;
      prevHash = row.hash;
      expectedSeq++;
      checked++;
    }
    if (rows.length < batchSize) break;
  }
  if (head && checked < head.seq)
    return { ok: false, entries: checked, brokenAt: checked + 1, reason: 'truncated' };
  if (head && hashAtHead !== head.hash)
    return { ok: false, entries: checked, brokenAt: head.seq, reason: 'head' };
  return { ok: true, entries: checked };
}
