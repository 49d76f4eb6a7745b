import { z } from 'zod';
import { choice, optionalText, text } from '../http/fields.ts';
import { zonedInputToUtc } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/translate.ts';

const localDateTime = (timeZone: string) =>
  z.string({ error: 'form.required' satisfies MessageKey }).transform((s, ctx) => {
    const date = zonedInputToUtc(s.trim(), timeZone);
    if (!date || date.getUTCFullYear() < 2000 || date.getUTCFullYear() > 2100) {
      ctx.addIssue({ code: 'custom', message: 'form.invalid_datetime' satisfies MessageKey });
      return z.NEVER;
    }
    return date;
  });

/** The call form: texts per language (Romanian required), dates in the organisation's zone. */
export function callFormSchema(timeZone: string) {
  return z
    .object({
      title_ro: text({ max: 200 }),
      title_en: optionalText({ max: 200 }),
      title_hu: optionalText({ max: 200 }),
      description_ro: text({ max: 10_000, multiline: true }),
      description_en: optionalText({ max: 10_000, multiline: true }),
      description_hu: optionalText({ max: 10_000, multiline: true }),
      audience: choice(['internal', 'public']),
      opensAt: localDateTime(timeZone),
      closesAt: localDateTime(timeZone),
    })
    .transform((f) => ({
      title: { ro: f.title_ro, en: f.title_en, hu: f.title_hu },
      description: { ro: f.description_ro, en: f.description_en, hu: f.description_hu },
      audience: f.audience,
      opensAt: f.opensAt,
      closesAt: f.closesAt,
    }));
}
