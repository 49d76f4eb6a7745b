import type { FileType } from './schema.ts';
import type { Sniffed } from './types.ts';
import { stripJpeg, stripPng, stripWebp } from './strip-image.ts';
import { stripPdf } from './strip-pdf.ts';
import { stripOffice } from './strip-office.ts';

/** The bytes to keep: the upload without the metadata that names people (decision 085). */
export async function withoutMetadata(
  sniffed: Extract<Sniffed, { type: FileType }>,
  bytes: Uint8Array,
): Promise<Uint8Array> {
  switch (sniffed.type) {
    case 'pdf':
      return stripPdf(bytes);
    case 'png':
      return stripPng(bytes);
    case 'jpeg':
      return stripJpeg(bytes);
    case 'webp':
      return stripWebp(bytes);
    default:
      return stripOffice(sniffed.zip!);
  }
}
