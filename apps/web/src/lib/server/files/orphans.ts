import { and, eq, gt, inArray, type SQL } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { files, SUBJECT_TYPES, type StoredFile } from './schema.ts';
import { kindOf } from './kinds.ts';

const BATCH = 500;

/**
 * Files whose thing is gone (a draft deleted with its author's account, say), among those
 * matching `where`, checked a batch at a time with each kind's `existing`.
 */
export async function orphanedFiles(db: Queryable, where?: SQL): Promise<StoredFile[]> {
  const orphans: StoredFile[] = [];
  for (const type of SUBJECT_TYPES) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await db
        .select()
        .from(files)
        .where(and(eq(files.subjectType, type), where, gt(files.id, after)))
        .orderBy(files.id)
        .limit(BATCH);
      if (!batch.length) break;
      const alive = new Set(
        await kindOf(type).existing(db, [...new Set(batch.map((f) => f.subjectId))]),
      );
      orphans.push(...batch.filter((f) => !alive.has(f.subjectId)));
      after = batch.at(-1)!.id;
      if (batch.length < BATCH) break;
    }
  }
  return orphans;
}

/** Deletes these rows (their bytes go after commit, by the caller). */
export async function deleteRows(db: Queryable, rows: StoredFile[]) {
  if (rows.length)
    await db.delete(files).where(
      inArray(
        files.id,
        rows.map((r) => r.id),
      ),
    );
}
