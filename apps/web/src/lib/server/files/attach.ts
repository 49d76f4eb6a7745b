import { and, count, eq, sql, sum } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import type { TxCtx } from '../module.ts';
import type { Queryable } from '../db/client.ts';
import { Invalid } from '../errors.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordAudit } from '../audit/record.ts';
import { files, type StoredFile, type SubjectType } from './schema.ts';
import { kindOf, UPLOADER_QUOTA } from './kinds.ts';
import { editableSubject } from './access.ts';
import { prepareUploads, type PreparedFile } from './prepare.ts';
import { removeBlob, writeBlob } from './store.ts';

/** Files already on this thing (counted under its lock: two uploads at once cannot both fit). */
async function countOn(tx: TxCtx, type: SubjectType, subjectId: string) {
  const [row] = await tx.db
    .select({ n: count() })
    .from(files)
    .where(
      and(
        eq(files.organisationId, tx.org.id),
        eq(files.subjectType, type),
        eq(files.subjectId, subjectId),
      ),
    );
  return row?.n ?? 0;
}

/** The uploader's total here, under a lock per uploader (their uploads elsewhere queue too). */
async function uploaderTotals(tx: TxCtx) {
  const key = `files:${tx.org.id}:${tx.actor!.userId}`;
  await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
  const [row] = await tx.db
    .select({ n: count(), bytes: sum(files.sizeBytes) })
    .from(files)
    .where(and(eq(files.organisationId, tx.org.id), eq(files.uploaderId, tx.actor!.userId)));
  return { files: row?.n ?? 0, bytes: Number(row?.bytes ?? 0) };
}

/**
 * Stores prepared files on a thing, inside the caller's transaction: the thing is locked and
 * must be editable by the actor; its count, the uploader's quota, the rows and the audit entry
 * are one change. The bytes are written before the rows: a rollback leaves them without a row,
 * and the house-keeping job removes such leftovers (cleanup.ts).
 */
export async function attachPrepared(
  tx: TxCtx,
  type: SubjectType,
  subjectId: string,
  prepared: PreparedFile[],
  field = 'files',
): Promise<StoredFile[]> {
  if (!prepared.length) return [];
  const kind = kindOf(type);
  await editableSubject(tx, type, subjectId, true);
  const max = kind.limits.maxFiles;
  if ((await countOn(tx, type, subjectId)) + prepared.length > max) {
    throw new Invalid({ [field]: { key: 'files.too_many', params: { max } } });
  }
  const totals = await uploaderTotals(tx);
  const adding = prepared.reduce((n, p) => n + p.bytes.length, 0);
  if (
    totals.files + prepared.length > UPLOADER_QUOTA.files ||
    totals.bytes + adding > UPLOADER_QUOTA.bytes
  ) {
    throw new Invalid({ [field]: 'files.quota' });
  }
  const rows = await storePrepared(
    tx.db,
    { organisationId: tx.org.id, subjectType: type, subjectId, uploaderId: tx.actor!.userId },
    prepared,
  );
  for (const row of rows) {
    await recordAudit(tx.db, tx, {
      action: 'file.upload',
      resourceType: 'file',
      resourceId: row.id,
      // Not the name: the audit log cannot be erased, and a file's name may name a person.
      after: { ...row, originalName: undefined },
    });
  }
  return rows;
}

/** Writes the bytes, then the rows (the caller has checked everything and audits). */
export async function storePrepared(
  db: Queryable,
  on: { organisationId: string; subjectType: SubjectType; subjectId: string; uploaderId: string },
  prepared: PreparedFile[],
): Promise<StoredFile[]> {
  for (const p of prepared) await writeBlob(on.organisationId, p.id, p.bytes);
  return db
    .insert(files)
    .values(
      prepared.map((p) => ({
        ...on,
        id: p.id,
        originalName: p.name,
        fileType: p.type,
        sizeBytes: p.bytes.length,
        sha256: p.sha256,
      })),
    )
    .returning();
}

/** Removes the bytes of files whose rows never committed (best effort; the job does the rest). */
export async function discardPrepared(organisationId: string, prepared: PreparedFile[]) {
  await Promise.allSettled(prepared.map((p) => removeBlob(organisationId, p.id)));
}

/**
 * Attaches the files posted in `files` to a thing. Who may is asked first (no work is done on
 * an upload nobody may make), then each file is checked, sniffed and cleaned, then stored.
 */
export async function attachFiles(ctx: Ctx, type: SubjectType, subjectId: string, input: unknown) {
  const kind = kindOf(type);
  await editableSubject(ctx, type, subjectId);
  const prepared = await prepareUploads('files', postedFiles(input), kind.limits);
  try {
    return await inTransaction(ctx, (tx) => attachPrepared(tx, type, subjectId, prepared));
  } catch (e) {
    await discardPrepared(ctx.org.id, prepared);
    throw e;
  }
}

/** The files a form posted under `field`, from a command's untyped input. */
export const postedFiles = (input: unknown, field = 'files') =>
  (input as Record<string, unknown> | null)?.[field];

/**
 * For a command that makes a thing and its files in one form (a status update with photos): the
 * posted files are checked and cleaned first, outside the transaction, then handed to `store`,
 * which creates the thing and calls attachPrepared in its transaction; if the command fails, the
 * bytes already written go. No file is fine; a bad one is an Invalid on `field`.
 */
export async function withUploads<T>(
  ctx: Ctx,
  type: SubjectType,
  input: { raw: unknown; field: string },
  store: (prepared: PreparedFile[]) => Promise<T>,
): Promise<T> {
  const { raw, field } = input;
  const prepared = await prepareUploads(field, postedFiles(raw, field), kindOf(type).limits, false);
  try {
    return await store(prepared);
  } catch (e) {
    await discardPrepared(ctx.org.id, prepared);
    throw e;
  }
}
