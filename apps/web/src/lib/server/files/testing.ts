import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';

/** PDF text a reader could decode: hex strings (UTF-16 with its mark, or Latin-1). */
function pdfHexTexts(raw: Buffer): string[] {
  const texts: string[] = [];
  for (const [, hex] of raw.toString('latin1').matchAll(/<([0-9A-Fa-f\s]{4,})>/g)) {
    const bytes = Buffer.from(hex!.replace(/\s/g, ''), 'hex');
    texts.push(
      bytes[0] === 0xfe && bytes[1] === 0xff
        ? Buffer.from(bytes.subarray(2)).swap16().toString('utf16le')
        : bytes.toString('latin1'),
    );
  }
  return texts;
}

/** The content of a PDF's compressed streams (XMP, object streams), inflated where they are. */
function pdfStreams(raw: Buffer): Buffer[] {
  const out: Buffer[] = [];
  const text = raw.toString('latin1');
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index! + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      out.push(inflateSync(raw.subarray(start, end)));
    } catch {
      // not compressed, or not with Flate: the raw search already covers it
    }
  }
  return out;
}

/**
 * Whether a file's bytes hold this text anywhere a reader could find it: in the raw bytes (as
 * UTF-8 or Latin-1); in a PDF's hex strings (pdf-lib writes non-ASCII Info values as UTF-16
 * hex) and inflated streams; in every part of an office document once unpacked.
 */
export function bytesContain(bytes: Uint8Array, text: string): boolean {
  const raw = Buffer.from(bytes);
  if (raw.includes(Buffer.from(text, 'utf8')) || raw.includes(Buffer.from(text, 'latin1')))
    return true;
  if (raw.subarray(0, 5).toString('latin1') === '%PDF-') {
    if (pdfHexTexts(raw).some((t) => t.includes(text))) return true;
    return pdfStreams(raw).some((s) => bytesContain(s, text));
  }
  if (raw[0] !== 0x50 || raw[1] !== 0x4b) return false;
  return Object.values(unzipSync(bytes)).some((part) => bytesContain(part, text));
}
