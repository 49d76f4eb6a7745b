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
