import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { users } from '../accounts/schema.ts';
import { files, type FileType, type SubjectType } from './schema.ts';
import { kindOf, type SubjectAccess } from './kinds.ts';
import { accessTo } from './access.ts';
import { can } from '../permissions/can.ts';
import { neutralName } from './names.ts';
import { isImage } from './types.ts';

/** A file as a page lists it. */
export interface ListedFile {
  id: string;
  subjectId: string;
  name: string;
  type: FileType;
  image: boolean;
  sizeBytes: number;
  /** Empty for an anonymous reader, or once the uploader's account is erased. */
  uploaderName: string;
  createdAt: Date;
}

/**
 * The files on one or more things of a kind, oldest first, for a reader whose access the caller
 * has already established (the thing's page loaded). An anonymous reader gets neither the
 * uploader nor the original names.
 */
export async function attachmentsOf(
  ctx: Ctx,
  type: SubjectType,
  subjectIds: string | string[],
  access: Pick<SubjectAccess, 'anonymous'>,
): Promise<ListedFile[]> {
  const ids = [subjectIds].flat();
  if (!ids.length) return [];
  const rows = await ctx.db
    .select({ file: files, uploaderName: users.name })
    .from(files)
    .leftJoin(users, eq(users.id, files.uploaderId))
    .where(
      and(
        eq(files.organisationId, ctx.org.id),
        eq(files.subjectType, type),
        inArray(files.subjectId, ids),
      ),
    )
    .orderBy(asc(files.createdAt), asc(files.id));
  return rows.map(({ file, uploaderName }, i) => ({
    id: file.id,
    subjectId: file.subjectId,
    name: access.anonymous ? neutralName(i, file.fileType) : file.originalName,
    type: file.fileType,
    image: isImage(file.fileType),
    sizeBytes: file.sizeBytes,
    uploaderName: access.anonymous ? '' : (uploaderName ?? ''),
    createdAt: file.createdAt,
  }));
}

/**
 * A thing's files as its page shows them, with whether this actor may change them and the
 * limits to tell them. Call after the page has loaded the thing itself (its own NotFound).
 */
export async function filesOn(ctx: Ctx, type: SubjectType, subjectId: string) {
  const kind = kindOf(type);
  const access = await accessTo(ctx, type, subjectId);
  if (!can(ctx.actor, 'file.read', access))
    return { files: [], editable: false, limits: kind.limits };
  return {
    files: await attachmentsOf(ctx, type, subjectId, access),
    editable: can(ctx.actor, 'file.attach', access),
    limits: kind.limits,
  };
}
