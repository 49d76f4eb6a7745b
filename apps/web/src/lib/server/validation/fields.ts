import { z } from 'zod';
import { isUuid } from '../db/ids.ts';
import type { MessageKey } from '../../i18n/message.ts';

/**
 * Form field schemas whose error messages are message keys. Text is trimmed (a field of only
 * spaces or invisible characters counts as empty) and control characters are refused; awkward
 * but valid text (diacritics, emoji, quotes, markup-looking text) is kept exactly as typed.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const INVISIBLE_ONLY = /^[\s\u200b-\u200d\u2060\ufeff]*$/;

export function text({
  max,
  min = 1,
  multiline = false,
}: {
  max: number;
  min?: number;
  multiline?: boolean;
}) {
  return z
    .string({ error: 'form.required' satisfies MessageKey })
    .transform((s) => (multiline ? s.replace(/\r\n?/g, '\n') : s).trim())
    .superRefine((s, ctx) => {
      if (CONTROL.test(s) || (!multiline && /[\n\r]/.test(s))) {
        ctx.addIssue({ code: 'custom', message: 'form.control_chars' satisfies MessageKey });
      } else if (min > 0 && INVISIBLE_ONLY.test(s)) {
        ctx.addIssue({ code: 'custom', message: 'form.required' satisfies MessageKey });
      } else if (s.length > max) {
        ctx.addIssue({
          code: 'custom',
          message: 'form.too_long' satisfies MessageKey,
          params: { max },
        });
      } else if (s.length < min) {
        ctx.addIssue({
          code: 'custom',
          message: 'form.too_short' satisfies MessageKey,
          params: { min },
        });
      }
    });
}

/** Optional text: empty becomes undefined. */
export function optionalText(opts: { max: number; multiline?: boolean }) {
  return z
    .string()
    .optional()
    .transform((s) => (s && !INVISIBLE_ONLY.test(s) ? s : undefined))
    .pipe(text({ ...opts, min: 0 }).optional());
}

export function email() {
  return z
    .string({ error: 'form.required' satisfies MessageKey })
    .transform((s) => s.trim().toLowerCase())
    .superRefine((s, ctx) => {
      if (!s)
        return ctx.addIssue({ code: 'custom', message: 'form.required' satisfies MessageKey });
      // Deliberately strict: one @, a dotted domain, no spaces or line breaks (header injection).
      const ok =
        s.length <= 254 &&
        /^[^\s@<>()[\]\\,;:"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/.test(
          s,
        ) &&
        s.split('@')[0]!.length <= 64;
      if (!ok) ctx.addIssue({ code: 'custom', message: 'form.invalid_email' satisfies MessageKey });
    });
}

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: 'form.invalid_choice' satisfies MessageKey });
}

export function uuidField() {
  return z
    .string({ error: 'form.required' satisfies MessageKey })
    .refine(isUuid, { message: 'form.invalid_choice' satisfies MessageKey });
}

/**
 * A whole number typed in plain digits (spaces around allowed), within [min, max]: "0x10", "1e1",
 * "٣" or "12.0" are not numbers a person means here, so they are refused rather than coerced.
 */
export function wholeNumber(min: number, max: number, message: MessageKey) {
  return z.preprocess(
    (v) => (typeof v === 'string' && /^\s*\d{1,10}\s*$/.test(v) ? Number(v) : v),
    z
      .number({ error: message })
      .int({ error: message })
      .min(min, { error: message })
      .max(max, { error: message }),
  );
}

/** A checkbox: present means true. */
export const checkbox = () =>
  z
    .string()
    .optional()
    .transform((v) => v === 'on' || v === 'true' || v === '1');

/**
 * Text from a URL's query string (filters, search): anything unusable — too long, control
 * characters, not a string — is ignored rather than an error page.
 */
export function queryText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((s) => !CONTROL.test(s))
    .optional()
    .catch(undefined);
}
