import { page } from '$app/state';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.ts';
import { interpolate, type Message, type MessageKey, type MessageParams } from './message.ts';
import { localizedText, type LocalizedText } from './localized.ts';

/** The language of the page being rendered (set by the root layout from the request). */
export function currentLocale(): Locale {
  const locale = page.data?.locale;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * Translate in components: `t('shell.sign_in')`, or a server Message object. The texts come
 * from the root layout's data (the visitor's language only); the catalogue never reaches the
 * browser's code.
 */
export function t(key: MessageKey | Message, params?: MessageParams): string {
  const { key: k, params: p } = typeof key === 'string' ? { key, params } : key;
  const texts = page.data?.messages as Record<string, string> | undefined;
  return interpolate(texts?.[k] ?? k, p, currentLocale());
}

export function lt(value: LocalizedText): string {
  return localizedText(currentLocale(), value);
}
