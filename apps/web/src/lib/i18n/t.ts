import { page } from '$app/state';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.ts';
import {
  localizedText,
  translate,
  type MessageKey,
  type MessageParams,
  type Message,
} from './translate.ts';

/** The language of the page being rendered (set by the root layout from the request). */
export function currentLocale(): Locale {
  const locale = page.data?.locale;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** Translate in components: `t('shell.sign_in')`, or a server Message object. */
export function t(key: MessageKey | Message, params?: MessageParams): string {
  return typeof key === 'string'
    ? translate(currentLocale(), key, params)
    : translate(currentLocale(), key.key, key.params);
}

export function lt(value: { ro: string; en?: string; hu?: string }): string {
  return localizedText(currentLocale(), value);
}
