import type { Locale } from './locales.ts';

/** Every message exists in every language: a missing translation is a type error. */
export type Catalog = Record<string, Record<Locale, string>>;

export const defineMessages = <T extends Catalog>(messages: T): T => messages;
