import { INTL_TAG, type Locale } from '#lib/i18n/locales.ts';

/** A file's size as people read it: "840 KB", "2,4 MB" (decimal comma where the language has one). */
export function formatSize(locale: Locale, bytes: number): string {
  const [value, unit] =
    bytes < 1024 * 1024
      ? [Math.max(1, Math.round(bytes / 1024)), 'KB']
      : [bytes / 1024 / 1024, 'MB'];
  return `${new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}

/** The types a use accepts, as their usual names: "PDF, JPEG, PNG". */
export const typeNames = (types: readonly string[]) => types.map((t) => t.toUpperCase()).join(', ');

/** What the file input offers to pick (a convenience only: the server sniffs every byte). */
export const acceptOf = (types: readonly string[]) =>
  types.map((t) => `.${t === 'jpeg' ? 'jpg,.jpeg' : t}`).join(',');
