import { inArray } from 'drizzle-orm';
import type { JobHandler } from '../module.ts';
import { isUuid } from '../db/ids.ts';
import { recordAudit } from '../audit/record.ts';
import { files } from './schema.ts';
import { deleteRows, orphanedFiles } from './orphans.ts';
import { removeBlob, removeStored, storedBlobs } from './store.ts';

/** Bytes without a row younger than this may belong to an upload still committing. */
const GRACE_MS = 60 * 60 * 1000;

/** Stored bytes that no row names (an upload rolled back, a crash between write and commit). */
async function strayBlobs(db: Parameters<JobHandler>[0]['db'], now: Date) {
  const stray: string[] = [];
  let batch: { path: string; fileId: string }[] = [];
  const flush = async () => {
    const ids = batch.map((b) => b.fileId).filter(isUuid);
    const known = new Set(
      ids.length
        ? (await db.select({ id: files.id }).from(files).where(inArray(files.id, ids))).map(
            (r) => r.id,
          )
        : [],
    );
    stray.push(...batch.filter((b) => !known.has(b.fileId)).map((b) => b.path));
    batch = [];
  };
  for await (const blob of storedBlobs()) {
    if (now.getTime() - blob.modifiedAt.getTime() < GRACE_MS) continue;
    batch.push(blob);
    if (batch.length >= 500) await flush();
  }
  await flush();
  return stray;
}

/**
 * House-keeping (daily, for the whole platform): files whose thing is gone lose their row and
 * their bytes; bytes no row names, older than an hour, are removed. Both counts are audited.
 */
export const cleanUpFiles: JobHandler = async (ctx) => {
  const orphans = await orphanedFiles(ctx.db);
  await deleteRows(ctx.db, orphans);
  const stray = await strayBlobs(ctx.db, ctx.now());
  if (orphans.length || stray.length) {
    await recordAudit(ctx.db, null, {
      action: 'file.clean_up',
      resourceType: 'file',
      after: { orphans: orphans.map((f) => f.id), strayBlobs: stray.length },
    });
  }
  // The rows are gone only once this commits; removing bytes first could strand a row.
  // (A retried job finds the rows gone and the bytes unnamed: the next run removes them.)
  ctx.afterCommit?.(async () => {
    for (const f of orphans) await removeBlob(f.organisationId, f.id);
    for (const path of stray) await removeStored(path);
  });
  return { orphans: orphans.length, strayBlobs: stray.length };
};
