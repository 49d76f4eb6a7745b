/**
 * The interface's own catalogue, so tests find labels and buttons by the exact text a person
 * reads in each language (and a renamed message is a type error here, not a silent miss).
 */
import type { MessageKey, MessageParams } from '#lib/i18n/message.ts';
import { translate } from '#lib/server/i18n/catalogue.ts';
import type { Locale } from './browser.ts';

export const msg = (locale: Locale, key: MessageKey, params?: MessageParams): string =>
  translate(locale, key, params);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression matching exactly this message (for accessible names). */
export const exactly = (locale: Locale, key: MessageKey, params?: MessageParams): RegExp =>
  new RegExp(`^\\s*${escape(msg(locale, key, params))}\\s*$`);
