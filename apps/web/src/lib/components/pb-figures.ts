import { formatMoney, formatNumber } from '#lib/i18n/format.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import type { Message, MessageParams } from '#lib/i18n/message.ts';

/** A message whose figures are counts and amounts (minor units), as the PB module gives them. */
export interface FigureMessage extends Message {
  counts?: Record<string, number>;
  money?: Record<string, number>;
}

/** Its parameters in the reader's language and the process's currency. */
export function figureParams(
  m: FigureMessage,
  locale: Locale,
  currency: string,
  extra: MessageParams = {},
): MessageParams {
  const params: MessageParams = { ...extra };
  for (const [k, v] of Object.entries(m.counts ?? {})) params[k] = formatNumber(locale, v);
  for (const [k, v] of Object.entries(m.money ?? {})) params[k] = formatMoney(locale, v, currency);
  return params;
}
