import { eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { authorize } from '../permissions/can.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordAudit } from '../audit/record.ts';
import { files } from './schema.ts';
import { fileAccess } from './access.ts';
import { removeBlob } from './store.ts';

/**
 * Removes a file from what it is attached to: whoever may edit the thing may. The row and its
 * audit entry are one change; the bytes go once it has committed (never before: a rollback
 * would leave a row without its file).
 */
export async function deleteFile(ctx: Ctx, fileId: string) {
  return inTransaction(ctx, async (tx) => {
    const { file, access } = await fileAccess(tx, fileId, true);
    authorize(tx.actor, 'file.delete', access);
    await tx.db.delete(files).where(eq(files.id, file.id));
    await recordAudit(tx.db, tx, {
      action: 'file.delete',
      resourceType: 'file',
      resourceId: file.id,
      before: { ...file, originalName: undefined },
    });
    tx.afterCommit?.(() => removeBlob(file.organisationId, file.id));
    return { href: access.href };
  });
}
