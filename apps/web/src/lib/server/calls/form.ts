import { z } from 'zod';
import { choice, optionalText, text } from '../validation/fields.ts';
import { zonedInputToUtc } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/message.ts';

/** A date-time as the form sends it (local, in the organisation's zone), or a Date. */
const localDateTime = (timeZone: string) =>
  z
    .union([z.date(), z.string()], { error: 'form.required' satisfies MessageKey })
    .transform((value, ctx) => {
      const date = value instanceof Date ? value : zonedInputToUtc(value.trim(), timeZone);
      if (
        !date ||
        Number.isNaN(date.getTime()) ||
        date.getUTCFullYear() < 2000 ||
        date.getUTCFullYear() > 2100
      ) {
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
    .superRefine((f, ctx) => {
      if (f.closesAt <= f.opensAt)
        ctx.addIssue({
          code: 'custom',
          path: ['closesAt'],
          message: 'calls.closes_at.before_opens' satisfies MessageKey,
        });
    })
    .transform((f) => ({
      title: { ro: f.title_ro, en: f.title_en, hu: f.title_hu },
      description: { ro: f.description_ro, en: f.description_en, hu: f.description_hu },
      audience: f.audience,
      opensAt: f.opensAt,
      closesAt: f.closesAt,
    }));
}
