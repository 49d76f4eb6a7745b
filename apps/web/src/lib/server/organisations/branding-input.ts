import { z } from 'zod';
import type { MessageKey } from '../../i18n/message.ts';
import { AA_TEXT, PAGE_BACKGROUND, contrastRatio, shownRatio } from './contrast.ts';
import { LOGO_MAX_BYTES, sniffLogo } from './logo-image.ts';

/** `#1d4f91`, `1D4F91` or `#14a` as people type them; empty is "the platform's colours". */
const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/;

const fullHex = (s: string) => {
  const digits = s.replace(/^#/, '');
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`;
};

/**
 * The accent colour: links are written in it on white, and buttons and the header carry white
 * text on it, so it must reach WCAG AA (4.5:1) against white. The message names the ratio.
 */
export const accentSchema = z.object({
  accentColour: z
    .string({ error: 'form.invalid' satisfies MessageKey })
    .optional()
    .transform((v) => v?.trim().toLowerCase() ?? '')
    .superRefine((v, ctx) => {
      if (v === '') return;
      if (v.length > 7 || !HEX.test(v)) {
        ctx.addIssue({ code: 'custom', message: 'branding.accent.format' satisfies MessageKey });
        return;
      }
      const ratio = contrastRatio(fullHex(v), PAGE_BACKGROUND);
      if (ratio < AA_TEXT)
        ctx.addIssue({
          code: 'custom',
          message: 'branding.accent.contrast' satisfies MessageKey,
          params: { ratio: shownRatio(ratio), min: AA_TEXT.toFixed(1), colour: fullHex(v) },
        });
    })
    .transform((v) => (v === '' ? null : fullHex(v))),
});

/** The uploaded logo: bytes that are a PNG, JPEG or WebP, at most LOGO_MAX_BYTES. */
export const logoSchema = z.object({
  logo: z
    .instanceof(Uint8Array, { error: 'branding.logo.missing' satisfies MessageKey })
    .superRefine((bytes, ctx) => {
      if (bytes.length === 0)
        ctx.addIssue({ code: 'custom', message: 'branding.logo.missing' satisfies MessageKey });
      else if (bytes.length > LOGO_MAX_BYTES)
        ctx.addIssue({
          code: 'custom',
          message: 'branding.logo.too_large' satisfies MessageKey,
          params: { max: `${LOGO_MAX_BYTES / 1024} KB` },
        });
      else if (!sniffLogo(bytes))
        ctx.addIssue({ code: 'custom', message: 'branding.logo.type' satisfies MessageKey });
    })
    .transform((bytes) => ({ bytes, contentType: sniffLogo(bytes)! })),
});
