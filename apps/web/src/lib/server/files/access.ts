import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { isUuid } from '../db/ids.ts';
import { NotFound } from '../errors.ts';
import { authorize, can } from '../permissions/can.ts';
import { files, type StoredFile, type SubjectType } from './schema.ts';
import { kindOf, type SubjectAccess } from './kinds.ts';
import type { Action } from '../permissions/can.ts';

/** What the actor may do with a thing that carries files, as its kind's rules say. */
export async function accessTo(
  ctx: Ctx,
  type: SubjectType,
  subjectId: string,
  lock = false,
): Promise<SubjectAccess> {
  const kind = kindOf(type);
  const { resource, href } = await kind.load(ctx, subjectId, lock);
  // The kind names its module's rules; can() checks that they exist.
  const ask = (action: string) => can(ctx.actor, action as Action, resource as never);
  return {
    readable: ask(kind.rules.read),
    editable: ask(kind.rules.edit),
    anonymous: kind.rules.seesUploader ? !ask(kind.rules.seesUploader) : false,
    href,
  };
}

/**
 * A file of this organisation with what the actor may do with the thing it is attached to. A
 * file on something the actor may not read is "not found": its existence is not revealed.
 */
export async function fileAccess(
  ctx: Ctx,
  fileId: string,
  lock = false,
): Promise<{ file: StoredFile; access: SubjectAccess }> {
  if (!isUuid(fileId)) throw new NotFound('file');
  const query = ctx.db
    .select()
    .from(files)
    .where(and(eq(files.id, fileId), eq(files.organisationId, ctx.org.id)));
  const [file] = lock ? await query.for('update') : await query;
  if (!file) throw new NotFound('file');
  const access = await accessTo(ctx, file.subjectType, file.subjectId, lock).catch((e: unknown) => {
    if (e instanceof NotFound) return null;
    throw e;
  });
  if (!access || !can(ctx.actor, 'file.read', access)) throw new NotFound('file');
  return { file, access };
}

/**
 * The thing files are to be attached to: not found unless the actor may read it (its existence
 * is not revealed), forbidden unless they may also change its files.
 */
export async function editableSubject(
  ctx: Ctx,
  type: SubjectType,
  subjectId: string,
  lock = false,
) {
  const access = await accessTo(ctx, type, subjectId, lock);
  if (!can(ctx.actor, 'file.read', access)) throw new NotFound(type);
  authorize(ctx.actor, 'file.attach', access);
  return access;
}
