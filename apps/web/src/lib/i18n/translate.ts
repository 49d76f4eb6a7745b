import { messages } from './messages/index.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';

export type MessageKey = keyof typeof messages;
export type MessageParams = Record<string, string | number>;

/** A message key with its parameters: what the server hands to a page to translate. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const entry = messages[key] as Record<Locale, string> | undefined;
  const text = entry?.[locale] ?? entry?.[DEFAULT_LOCALE] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text;
}

/** A text authored per locale by administrators: the user's language, else Romanian. */
export function localizedText(locale: Locale, value: { ro: string; en?: string; hu?: string }) {
  return value[locale]?.trim() ? value[locale]! : value.ro;
}
