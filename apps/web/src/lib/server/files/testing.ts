import { unzipSync } from 'fflate';

/**
 * Whether a file's bytes hold this text anywhere a reader could find it: in the raw bytes (as
 * UTF-8 or Latin-1) and, for an office document, in every part once unpacked.
 */
export function bytesContain(bytes: Uint8Array, text: string): boolean {
  const raw = Buffer.from(bytes);
  if (raw.includes(Buffer.from(text, 'utf8')) || raw.includes(Buffer.from(text, 'latin1')))
    return true;
  if (raw[0] !== 0x50 || raw[1] !== 0x4b) return false;
  return Object.values(unzipSync(bytes)).some((part) => bytesContain(part, text));
}
