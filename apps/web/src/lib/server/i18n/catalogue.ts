import type { Catalog } from '../../i18n/catalog.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { interpolate, type MessageKey, type MessageParams } from '../../i18n/message.ts';
import { platformCatalogues } from '../../i18n/messages/index.ts';
import { modules } from '../modules.ts';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

type PlatformMessages = UnionToIntersection<
  (typeof platformCatalogues)[keyof typeof platformCatalogues]
>;
type ModuleMessages = UnionToIntersection<(typeof modules)[number]['messages']>;

/** Every message of the platform: its own catalogues and every module's. */
export type Catalogue = PlatformMessages & ModuleMessages;

/** Where each catalogue comes from, for the duplicate check and error messages. */
export function catalogueSources(): { source: string; messages: Catalog }[] {
  return [
    ...Object.entries(platformCatalogues).map(([name, messages]) => ({
      source: `i18n/messages/${name}`,
      messages: messages as Catalog,
    })),
    ...modules.map((m) => ({ source: `${m.name}/messages`, messages: m.messages as Catalog })),
  ];
}

// Built on first use, not at import: modules.ts imports the modules, which import this file.
let merged: Catalog | undefined;
const byLocale = new Map<Locale, Record<string, string>>();

export function catalogue(): Catalog {
  merged ??= Object.assign({}, ...catalogueSources().map((c) => c.messages)) as Catalog;
  return merged;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogue(), key);
}

/** Every message in one language: what a page's `t()` reads (kept on the server). */
export function messagesIn(locale: Locale): Record<string, string> {
  let texts = byLocale.get(locale);
  if (!texts) {
    texts = Object.fromEntries(
      Object.entries(catalogue()).map(([key, entry]) => [key, entry[locale] || entry.ro]),
    );
    byLocale.set(locale, texts);
  }
  return texts;
}

/** Server-side translation (e-mails, the command line): the language, else Romanian. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const entry = catalogue()[key];
  return interpolate(entry?.[locale] ?? entry?.[DEFAULT_LOCALE] ?? key, params, locale);
}
