import type { Queryable } from '../db/client.ts';
import type { AuditHead } from './head.ts';
import { verifyAuditChain, type BreakReason } from './verify.ts';

const WHY: Record<BreakReason, string> = {
  hash: 'its content does not match its hash (it was altered, or its hash was recomputed without the key)',
  link: 'it does not link to the entry before it',
  gap: 'entries before it are missing (deleted)',
  truncated: 'it and the entries after it are missing: the log ends before its recorded head',
  head: 'it differs from the recorded head: the chain was replaced or recomputed from some entry on',
};

/**
 * What `npm run audit:verify` says and its exit code: 0 with the count when the chain holds,
 * 1 naming the first broken entry and why. Written for a person reading a terminal.
 */
export async function auditVerifyReport(db: Queryable, head: AuditHead | null = null) {
  const report = await verifyAuditChain(db, head);
  const against = head ? ` (head #${head.seq} matches)` : ' (no recorded head to compare with)';
  return report.ok
    ? { code: 0, out: `Audit log intact: ${report.entries} entries verified${against}.` }
    : { code: 1, out: `Audit log BROKEN at entry #${report.brokenAt}: ${WHY[report.reason]}.` };
}
