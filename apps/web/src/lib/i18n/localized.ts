import type { Locale } from './locales.ts';

/** A text authored by administrators in several languages. */
export type LocalizedText = { ro: string; en?: string; hu?: string };

/** A text authored per locale by administrators: the reader's language, else Romanian. */
export function localizedText(locale: Locale, value: LocalizedText): string {
  return value[locale]?.trim() ? value[locale]! : value.ro;
}
