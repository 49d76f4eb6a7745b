import { page } from '$app/state';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.ts';
import { interpolate, type Message, type MessageKey, type MessageParams } from './message.ts';
import { localizedText, type LocalizedText } from './localized.ts';

/** The language of the page being rendered (set by the root layout from the request). */
export function currentLocale(): Locale {
  const locale = page.data?.locale;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

type Texts = (locale: Locale) => Readonly<Record<string, string>>;

/** No texts until the server registers its catalogue: a key then shows as itself. */
let textsIn: Texts = () => ({});

/**
 * The server registers its catalogue once, at start (hooks.server.ts). Pages read their texts
 * from it, not from the page's data: the framework serialises a page's data on every request even
 * when no script will read it, and the catalogue there cost 14% of the server's CPU (issue 12,
 * docs/performance.md). The catalogue stays out of the browser's code either way (decision 009).
 */
export function useTexts(source: Texts) {
  textsIn = source;
}

/** Translate in components: `t('shell.sign_in')`, or a server Message object. */
export function t(key: MessageKey | Message, params?: MessageParams): string {
  const { key: k, params: p } = typeof key === 'string' ? { key, params } : key;
  const locale = currentLocale();
  return interpolate(textsIn(locale)[k] ?? k, p, locale);
}

export function lt(value: LocalizedText): string {
  return localizedText(currentLocale(), value);
}
