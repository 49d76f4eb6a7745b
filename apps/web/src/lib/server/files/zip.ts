import { unzipSync, zipSync, type Unzipped } from 'fflate';

/** An office document that is not a sound zip, or one that unpacks to something unreasonable. */
export class UnreadableFile extends Error {}

/** Limits that keep a "zip bomb" from filling the memory: office documents stay well below. */
const MAX_ENTRIES = 5000;
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/** The entries of a zip (an office document), refusing archives that unpack beyond the limits. */
export function readZip(bytes: Uint8Array): Unzipped {
  let entries = 0;
  let unpacked = 0;
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        entries += 1;
        unpacked += f.originalSize;
        if (entries > MAX_ENTRIES || unpacked > MAX_UNPACKED_BYTES) {
          throw new UnreadableFile('zip beyond limits');
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof UnreadableFile) throw e;
    throw new UnreadableFile('not a readable zip');
  }
}

/**
 * Packs entries again, in their order. ODF wants its `mimetype` entry first and stored
 * uncompressed (readers sniff it at a fixed offset).
 */
export function writeZip(entries: Unzipped): Uint8Array {
  const ordered: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
  if (entries.mimetype) ordered.mimetype = [entries.mimetype, { level: 0 }];
  for (const [name, data] of Object.entries(entries)) {
    if (name !== 'mimetype') ordered[name] = data;
  }
  return zipSync(ordered, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
