import type { Catalogue } from '../server/i18n/catalogue.ts';

/**
 * Message keys and parameters: what the server hands to a page, and a page to `t()`. Client-safe:
 * the catalogue itself stays on the server (the type comes from it, nothing else does).
 */
export type MessageKey = keyof Catalogue & string;
export type MessageParams = Record<string, string | number>;

/** A message key with its parameters. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

/**
 * Fills `{name}` placeholders; an unknown placeholder stays as it is. A parameter may also carry
 * its text per language as `name.<locale>` (e.g. `call.en`): a notification stores the name of
 * a thing that has one per language (a call's title) before anyone knows who reads it in which.
 */
export function interpolate(text: string, params?: MessageParams, locale?: string): string {
  if (!params) return text;
  return text.replace(
    /\{(\w+)\}/g,
    (m, name: string) => `${(locale && params[`${name}.${locale}`]) || (params[name] ?? m)}`,
  );
}
