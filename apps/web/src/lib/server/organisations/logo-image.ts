import { Invalid } from '../errors.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { withoutMetadata } from '../files/clean.ts';
import type { FileType } from '../files/schema.ts';
import { UnreadableFile } from '../files/zip.ts';

/**
 * What an uploaded logo may be: a raster image, recognised by its first bytes, never by the
 * name or the type the browser claims. SVG is refused on purpose: it is a document that can
 * carry script. The size limit keeps a logo small enough for every page's header.
 */
export const LOGO_MAX_BYTES = 256 * 1024;

export type LogoType = 'image/png' | 'image/jpeg' | 'image/webp';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

/** The image type the bytes are, or null for anything else (SVG, HTML, PDF, a renamed file). */
export function sniffLogo(bytes: Uint8Array): LogoType | null {
  // PNG: the signature, then the IHDR chunk every PNG starts with.
  if (startsWith(bytes, PNG) && startsWith(bytes, ascii('IHDR'), 12)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBPVP8'), 8))
    return 'image/webp';
  return null;
}

const FILE_TYPE = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/webp': 'webp',
} as const satisfies Record<LogoType, FileType>;

/**
 * The logo as it is kept and served to every visitor: without the EXIF, XMP and text chunks a
 * camera or an editor wrote into it (the author's name, where a photo was taken), cleaned as
 * every uploaded file is (decision 085). An image that cannot be walked to its end is refused.
 */
export async function logoWithoutMetadata(bytes: Uint8Array, type: LogoType): Promise<Uint8Array> {
  try {
    return await withoutMetadata({ type: FILE_TYPE[type] }, bytes);
  } catch (e) {
    if (e instanceof UnreadableFile)
      throw new Invalid({ logo: 'branding.logo.unreadable' satisfies MessageKey });
    throw e;
  }
}
