export const LOCALES = ['ro', 'en', 'hu'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ro';

/** BCP 47 tags used for Intl formatting. */
export const INTL_TAG: Record<Locale, string> = { ro: 'ro-RO', en: 'en-GB', hu: 'hu-HU' };

/** Each language names itself in the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { ro: 'Română', en: 'English', hu: 'Magyar' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
