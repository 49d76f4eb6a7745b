import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { PersonalDataPart, TxCtx } from '../module.ts';
import type { User } from '../accounts/schema.ts';
import { organisations } from '../organisations/schema.ts';
import { files } from './schema.ts';
import { deleteRows, orphanedFiles } from './orphans.ts';
import { removeBlob } from './store.ts';
import type { messages } from './messages.ts';

/** What they uploaded, where, when: the list (each file is downloadable from its page). */
async function exportFiles(db: Queryable, user: User) {
  const rows = await db
    .select({
      organisation: organisations.slug,
      name: files.originalName,
      type: files.fileType,
      sizeBytes: files.sizeBytes,
      sha256: files.sha256,
      attachedTo: files.subjectType,
      attachedToId: files.subjectId,
      at: files.createdAt,
    })
    .from(files)
    .innerJoin(organisations, eq(organisations.id, files.organisationId))
    .where(eq(files.uploaderId, user.id))
    .orderBy(asc(files.createdAt));
  return { uploads: rows.map((r) => ({ ...r, at: r.at.toISOString() })) };
}

/**
 * Decision 085: files on what the erasure removed (their drafts) go, bytes and all; files on
 * what stays (a submitted proposal, a project's update) stay with it — the process relies on
 * them and they were stored without their metadata — but no longer say who uploaded them.
 * Runs after the other modules' parts (files is listed last in modules.ts).
 */
async function eraseFiles(ctx: TxCtx, user: User) {
  const gone = await orphanedFiles(ctx.db, eq(files.uploaderId, user.id));
  await deleteRows(ctx.db, gone);
  if (gone.length) {
    ctx.afterCommit?.(() => Promise.all(gone.map((f) => removeBlob(f.organisationId, f.id))));
  }
  const kept = await ctx.db
    .update(files)
    .set({ uploaderId: null })
    .where(eq(files.uploaderId, user.id))
    .returning({ id: files.id });
  return { filesDeleted: gone.length, filesKept: kept.length };
}

export const filesPersonalData = {
  exported: ['privacy.data.item.files'],
  removed: ['privacy.delete.removed.files'],
  kept: ['privacy.delete.kept.files'],
  export: exportFiles,
  erase: eraseFiles,
} satisfies PersonalDataPart<typeof messages>;
