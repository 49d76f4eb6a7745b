/**
 * `Content-Disposition` for a download (RFC 6266): an ASCII fallback name for old clients and
 * the real one, diacritics included, in `filename*` (RFC 8187). Names are already sanitised
 * (names.ts); the fallback drops whatever is not plain printable ASCII.
 */
export function contentDisposition(inline: boolean, name: string): string {
  const fallback =
    name
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\;]/g, '_') || 'file';
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${inline ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
