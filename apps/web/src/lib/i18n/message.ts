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

/** Fills `{name}` placeholders; an unknown placeholder stays as it is. */
export function interpolate(text: string, params?: MessageParams): string {
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text;
}
