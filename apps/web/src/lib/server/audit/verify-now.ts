import type { Ctx } from '../context.ts';
import { authorize } from '../permissions/can.ts';
import { config } from '../config.ts';
import { auditHeadFile } from './head-file.ts';
import { readHead } from './head.ts';
import { verifyAuditChain } from './verify.ts';

/**
 * An administrator checks the chain from the running installation (with the embedded database,
 * the command line cannot open it while the server runs). The result says only whether it holds
 * and where it breaks: no entry of another organisation is shown.
 */
export async function verifyChainNow(ctx: Ctx) {
  authorize(ctx.actor, 'audit.read');
  const head = readHead(auditHeadFile(config()));
  const report = await verifyAuditChain(ctx.db, head);
  return { ...report, against: head?.seq ?? null, at: ctx.now() };
}
