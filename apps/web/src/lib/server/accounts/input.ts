import { z } from 'zod';
import { choice, email, text } from '../validation/fields.ts';
import { LOCALES } from '../../i18n/locales.ts';
import type { MessageKey } from '../../i18n/message.ts';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

/** A new password: 12 to 200 characters, kept exactly as typed (no trimming). */
export const newPassword = () =>
  z.string({ error: 'form.required' satisfies MessageKey }).superRefine((s, ctx) => {
    if (!s.length) ctx.addIssue({ code: 'custom', message: 'form.required' satisfies MessageKey });
    else if (s.length > PASSWORD_MAX)
      ctx.addIssue({
        code: 'custom',
        message: 'form.too_long' satisfies MessageKey,
        params: { max: PASSWORD_MAX },
      });
    else if (s.length < PASSWORD_MIN)
      ctx.addIssue({
        code: 'custom',
        message: 'accounts.password.too_short' satisfies MessageKey,
        params: { min: PASSWORD_MIN },
      });
  });

/** A password being checked: anything non-empty up to the maximum. */
export const currentPassword = () =>
  z
    .string({ error: 'form.required' satisfies MessageKey })
    .min(1, { message: 'form.required' satisfies MessageKey })
    .max(PASSWORD_MAX, { message: 'form.invalid' satisfies MessageKey });

/** Tokens from e-mailed links: 32 random bytes in base64url. */
export const tokenField = () =>
  z
    .string({ error: 'accounts.token.invalid' satisfies MessageKey })
    .regex(/^[A-Za-z0-9_-]{20,100}$/, { message: 'accounts.token.invalid' satisfies MessageKey });

export const nameField = () => text({ max: 200 });
export const emailField = email;
export const localeField = () => choice(LOCALES);
