import type { Queryable } from '../db/client.ts';
import { verifyAuditChain } from './verify.ts';

const WHY = {
  hash: 'its content does not match its hash (it was altered)',
  link: 'it does not link to the entry before it',
  gap: 'entries before it are missing (deleted)',
} as const;

/**
 * What `npm run audit:verify` says and its exit code: 0 with the count when the chain holds,
 * 1 naming the first broken entry and why. Written for a person reading a terminal.
 */
export async function auditVerifyReport(db: Queryable) {
  const report = await verifyAuditChain(db);
  return report.ok
    ? { code: 0, out: `Audit log intact: ${report.entries} entries verified.` }
    : { code: 1, out: `Audit log BROKEN at entry #${report.brokenAt}: ${WHY[report.reason]}.` };
}
