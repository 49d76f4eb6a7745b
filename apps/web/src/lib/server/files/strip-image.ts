import { UnreadableFile } from './zip.ts';

/**
 * Images without what their cameras and editors wrote into them (decision 085): EXIF (the
 * camera's owner, where the photo was taken), XMP (the author, the editing history), IPTC,
 * comments and text chunks. The pixels and colour profiles stay. Each format is walked by its
 * own chunk structure; anything that does not parse is refused rather than passed on.
 */
const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const fourcc = (b: Uint8Array, at: number) => String.fromCharCode(...b.subarray(at, at + 4));

/** PNG: drop tEXt, zTXt, iTXt (author, comments, XMP), eXIf and tIME chunks. */
export function stripPng(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept = [bytes.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = fourcc(bytes, at + 4);
    const end = at + 12 + length;
    if (end > bytes.length) throw new UnreadableFile('png chunk beyond the end');
    if (!['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME'].includes(type))
      kept.push(bytes.subarray(at, end));
    at = end;
    if (type === 'IEND') return concat(kept);
  }
  throw new UnreadableFile('png without its end');
}

/** JPEG segments kept: JFIF (APP0), ICC colour profiles (APP2), Adobe's colour transform (APP14). */
function keepJpegSegment(marker: number, data: Uint8Array) {
  if (marker === 0xfe) return false; // comment
  if (marker < 0xe0 || marker > 0xef) return true; // not an application segment
  if (marker === 0xe0 || marker === 0xee) return true;
  return marker === 0xe2 && fourcc(data, 0) === 'ICC_';
}

/** JPEG: drop EXIF and XMP (APP1), IPTC (APP13), other application segments and comments. */
export function stripJpeg(bytes: Uint8Array): Uint8Array {
  const kept = [bytes.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) throw new UnreadableFile('jpeg segment without its marker');
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    // From the image data on, the rest is copied as it is (entropy-coded data, then EOI).
    if (marker === 0xda || marker === 0xd9) return concat([...kept, bytes.subarray(at)]);
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) throw new UnreadableFile('jpeg segment beyond the end');
    if (keepJpegSegment(marker, bytes.subarray(at + 4, end))) kept.push(bytes.subarray(at, end));
    at = end;
  }
  throw new UnreadableFile('jpeg without image data');
}

/** WebP: drop the EXIF and XMP chunks and clear their flags in the extended header. */
export function stripWebp(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [];
  let at = 12;
  while (at + 8 <= bytes.length) {
    const type = fourcc(bytes, at);
    const size = view.getUint32(at + 4, true);
    const end = at + 8 + size + (size % 2);
    if (at + 8 + size > bytes.length) throw new UnreadableFile('webp chunk beyond the end');
    if (type === 'VP8X') {
      const chunk = bytes.slice(at, Math.min(end, bytes.length));
      chunk[8] = chunk[8]! & ~0x0c; // the EXIF (0x08) and XMP (0x04) flags
      kept.push(chunk);
    } else if (type !== 'EXIF' && type !== 'XMP ') {
      kept.push(bytes.subarray(at, Math.min(end, bytes.length)));
    }
    at = end;
  }
  if (!kept.length) throw new UnreadableFile('webp without chunks');
  const header = bytes.slice(0, 12);
  const body = concat(kept);
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  return concat([header, body]);
}
