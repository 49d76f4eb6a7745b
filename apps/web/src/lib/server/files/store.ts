import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { config, type Config } from '../config.ts';
import { dataDirOf } from '../db/open-configured.ts';

/**
 * Where uploaded files are kept: FILES_DIR, else DATA_DIR/files — outside the web root, never
 * served as static files. With PostgreSQL and several servers, FILES_DIR is storage they share.
 */
export const filesDirOf = (c: Config) =>
  c.FILES_DIR
    ? resolve(process.env.INIT_CWD ?? process.cwd(), c.FILES_DIR)
    : join(dataDirOf(c), 'files');

/**
 * A file's place: the organisation's folder, then the last two characters of its id (so that no
 * folder holds millions), then the id. Never anything the uploader chose.
 */
function pathOf(organisationId: string, fileId: string, root = filesDirOf(config())) {
  return join(root, organisationId, fileId.slice(-2), fileId);
}

/** Writes a file's bytes under its id: to a temporary name first, so a reader never sees half. */
export async function writeBlob(organisationId: string, fileId: string, bytes: Uint8Array) {
  const path = pathOf(organisationId, fileId);
  await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
  const partial = `${path}.partial`;
  await writeFile(partial, bytes, { mode: 0o600 });
  await rename(partial, path);
}

export const readBlob = (organisationId: string, fileId: string) =>
  readFile(pathOf(organisationId, fileId));

/** Removes a file's bytes; already gone is fine (clean-up and delete may meet). */
export const removeBlob = (organisationId: string, fileId: string) =>
  rm(pathOf(organisationId, fileId), { force: true });

/** Removes a stored blob found by `storedBlobs` (a leftover, a half-written `.partial`). */
export const removeStored = (path: string) => rm(path, { force: true });

/** Every stored blob with its age: for the house-keeping job that removes those without a row. */
export async function* storedBlobs(): AsyncGenerator<{
  organisationId: string;
  fileId: string;
  path: string;
  modifiedAt: Date;
}> {
  const root = filesDirOf(config());
  const list = (dir: string) =>
    readdir(dir).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return [] as string[];
      throw e;
    });
  for (const organisationId of await list(root)) {
    for (const shard of await list(join(root, organisationId))) {
      for (const name of await list(join(root, organisationId, shard))) {
        const path = join(root, organisationId, shard, name);
        const info = await stat(path);
        yield { organisationId, fileId: name, path, modifiedAt: info.mtime };
      }
    }
  }
}
