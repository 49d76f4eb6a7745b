import type { Ctx } from '../context.ts';
import { fileAccess } from './access.ts';
import { readBlob } from './store.ts';
import { isImage, MEDIA_TYPES } from './types.ts';
import { neutralName } from './names.ts';
import { attachmentsOf } from './list.ts';

/** A download: the bytes and what the response must say about them. */
export interface Download {
  bytes: Buffer;
  mediaType: string;
  name: string;
  /** Images are shown in the page; everything else is saved, never opened by the browser. */
  inline: boolean;
  sha256: string;
}

/**
 * A file for this actor, if they may read what it is attached to. An anonymous reader (a blind
 * call's evaluator) is offered a neutral name, as on the page: the original may name its author.
 */
export async function openFile(ctx: Ctx, fileId: string): Promise<Download> {
  const { file, access } = await fileAccess(ctx, fileId);
  let name = file.originalName;
  if (access.anonymous) {
    const listed = await attachmentsOf(ctx, file.subjectType, file.subjectId, access);
    name = listed.find((f) => f.id === file.id)?.name ?? neutralName(0, file.fileType);
  }
  return {
    bytes: await readBlob(file.organisationId, file.id),
    mediaType: MEDIA_TYPES[file.fileType],
    name,
    inline: isImage(file.fileType),
    sha256: file.sha256,
  };
}
