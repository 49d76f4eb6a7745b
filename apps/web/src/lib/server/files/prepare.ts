import { createHash } from 'node:crypto';
import { z } from 'zod';
import { Invalid } from '../errors.ts';
import type { Message } from '../../i18n/message.ts';
import type { FileType } from './schema.ts';
import type { UseLimits } from './kinds.ts';
import { sniff } from './types.ts';
import { withoutMetadata } from './clean.ts';
import { sanitiseName } from './names.ts';
import { UnreadableFile } from './zip.ts';
import { uuidv7 } from '../db/ids.ts';

/** An upload checked and cleaned, ready to store: nothing about it came from the browser's word. */
export interface PreparedFile {
  /** The row's id, made now: the bytes are stored under it. */
  id: string;
  name: string;
  type: FileType;
  bytes: Uint8Array;
  sha256: string;
}

/** A form's file field: what browsers send (a File each, an empty one when none was chosen). */
const filesSchema = z.array(z.instanceof(File));

const megabytes = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

async function prepareOne(file: File, limits: UseLimits): Promise<PreparedFile | Message> {
  const params = { name: file.name.slice(0, 100) };
  if (file.size === 0) return { key: 'files.empty', params };
  if (file.size > limits.maxBytes) {
    return { key: 'files.too_big', params: { ...params, max: megabytes(limits.maxBytes) } };
  }
  return prepareBytes(file.name, new Uint8Array(await file.arrayBuffer()), limits);
}

/** Bytes under a name: sniffed, checked against the use's types, cleaned, named, hashed. */
export async function prepareBytes(
  name: string,
  original: Uint8Array,
  limits: UseLimits,
): Promise<PreparedFile | Message> {
  const params = { name: name.slice(0, 100) };
  try {
    const sniffed = sniff(original);
    if (!sniffed.type) return { key: sniffed.reason, params };
    if (!limits.types.includes(sniffed.type)) return { key: 'files.type.not_here', params };
    const bytes = await withoutMetadata(sniffed, original);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return {
      id: uuidv7(),
      name: sanitiseName(name, sniffed.type),
      type: sniffed.type,
      bytes,
      sha256,
    };
  } catch (e) {
    if (e instanceof UnreadableFile) return { key: 'files.unreadable', params };
    throw e;
  }
}

/**
 * The files posted in `field`, each checked against this use's limits and its type sniffed from
 * its bytes, then cleaned of its metadata. Any problem is an Invalid on the field, naming the
 * file: the form comes back with everything else as typed. `required`: at least one file.
 */
export async function prepareUploads(
  field: string,
  posted: unknown,
  limits: UseLimits,
  required = true,
): Promise<PreparedFile[]> {
  const parsed = filesSchema.safeParse(posted === undefined ? [] : [posted].flat());
  if (!parsed.success) throw new Invalid({ [field]: 'files.required' });
  const chosen = parsed.data.filter((f) => f.name !== '' || f.size > 0);
  if (!chosen.length) {
    if (required) throw new Invalid({ [field]: 'files.required' });
    return [];
  }
  if (chosen.length > limits.maxFiles) {
    throw new Invalid({ [field]: { key: 'files.too_many', params: { max: limits.maxFiles } } });
  }
  const prepared: PreparedFile[] = [];
  // Ids a millisecond apart: files posted together are listed in the order they were chosen
  // (a uuid v7's random bits would order those made within one millisecond at random).
  const start = Date.now();
  for (const [i, file] of chosen.entries()) {
    const result = await prepareOne(file, limits);
    if ('key' in result) throw new Invalid({ [field]: result });
    prepared.push({ ...result, id: uuidv7(start + i) });
  }
  return prepared;
}
