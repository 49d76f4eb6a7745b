import type { Unzipped } from 'fflate';
import type { FileType } from './schema.ts';
import { readZip } from './zip.ts';

/** What a file's bytes say it is; `zip` holds an office document's entries for the next step. */
export type Sniffed =
  | { type: FileType; zip?: Unzipped }
  | { type: null; reason: 'files.type.unsupported' | 'files.type.macros' };

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const ODF: Record<string, FileType> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
};

/** An office document's kind from its parts; macros (VBA, ODF Basic or scripts) are refused. */
function officeType(zip: Unzipped): Sniffed {
  const names = Object.keys(zip);
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n) || /^(Basic|Scripts)\//.test(n))) {
    return { type: null, reason: 'files.type.macros' };
  }
  if (zip.mimetype) {
    const type = ODF[new TextDecoder().decode(zip.mimetype).trim()];
    return type ? { type, zip } : { type: null, reason: 'files.type.unsupported' };
  }
  if (!zip['[Content_Types].xml']) return { type: null, reason: 'files.type.unsupported' };
  if (zip['word/document.xml']) return { type: 'docx', zip };
  if (zip['xl/workbook.xml']) return { type: 'xlsx', zip };
  if (zip['ppt/presentation.xml']) return { type: 'pptx', zip };
  return { type: null, reason: 'files.type.unsupported' };
}

/**
 * The file's type from its content's signature ("magic bytes") and, for office documents, from
 * the parts inside the zip. The name and the browser's claim are never asked (decision 085).
 */
export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ascii('%PDF-'))) return { type: 'pdf' };
  if (startsWith(bytes, PNG)) return { type: 'png' };
  if (startsWith(bytes, JPEG)) return { type: 'jpeg' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) {
    return { type: 'webp' };
  }
  if (startsWith(bytes, ZIP)) return officeType(readZip(bytes));
  return { type: null, reason: 'files.type.unsupported' };
}

/** What a browser is told each type is (served with nosniff: it believes this). */
export const MEDIA_TYPES: Record<FileType, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

export const EXTENSIONS: Record<FileType, string> = {
  pdf: 'pdf',
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  docx: 'docx',
  xlsx: 'xlsx',
  pptx: 'pptx',
  odt: 'odt',
  ods: 'ods',
};

export const IMAGE_TYPES: readonly FileType[] = ['jpeg', 'png', 'webp'];
export const isImage = (t: FileType) => IMAGE_TYPES.includes(t);
