import { EXTENSIONS } from './types.ts';
import type { FileType } from './schema.ts';

const MAX_NAME = 200;

/**
 * The uploader's file name as it may be shown and offered back on download: NFC, no folders,
 * no control or bidirectional-override characters (a name "gpj.exe" shown as "exe.jpg"), no
 * quotes that break a header, at most 200 characters — and ending in the extension of what the
 * file really is. Diacritics stay: "Propunere — străzi.pdf" is a fine name.
 */
export function sanitiseName(raw: string, type: FileType): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029"]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const extension = EXTENSIONS[type];
  let stem = cleaned.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim() || 'document';
  // Names Windows keeps for devices, whatever follows them ("CON.pdf" cannot be saved there).
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(stem)) stem = `_${stem}`;
  return `${[...stem].slice(0, MAX_NAME - extension.length - 1).join('')}.${extension}`;
}

/** What an anonymous reader is offered instead: the name could carry the author's. */
export const neutralName = (index: number, type: FileType) =>
  `attachment-${index + 1}.${EXTENSIONS[type]}`;
