import { z } from 'zod';
import { checkbox, choice, optionalText, text } from '../validation/fields.ts';
import { LOCALES } from '../../i18n/locales.ts';
import type { MessageKey } from '../../i18n/message.ts';

/** What the settings form may hold: the limits the page and the domain share. */
export const NAME_MAX = 200;
export const LIST_MAX = 20;

/**
 * The time zones an organisation may use: the runtime's IANA zones, plus UTC (a valid IANA name
 * that `Intl.supportedValuesOf` leaves out because it lists only geographic zones).
 */
export const TIME_ZONES: readonly string[] = [...Intl.supportedValuesOf('timeZone'), 'UTC'].sort();
const timeZoneSet = new Set(TIME_ZONES);

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** A domain: at least two labels, the last one a real top-level name (letters, or punycode). */
const DOMAIN = new RegExp(`^(?:${LABEL}\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$`);
/** A host name: one label or more (`localhost` and intranet names count), no port. */
const HOST = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
/** A public address: scheme, host and optional port, no path (the database checks it too). */
const PUBLIC_URL = /^https?:\/\/[a-z0-9.-]+(:[0-9]+)?$/;

/** Shows a refused value inside a message without letting it take over the page. */
const shown = (value: string) => (value.length > 60 ? `${value.slice(0, 60)}…` : value);

/**
 * A list of names, as the form sends it (one per line in a textarea) or as an array. Entries are
 * trimmed and lower-cased; empty lines are ignored; each entry must match, none may repeat.
 */
function nameList(pattern: RegExp, invalid: MessageKey, normalise: (s: string) => string) {
  return z
    .union([z.string(), z.array(z.string())], { error: 'form.invalid' satisfies MessageKey })
    .optional()
    .transform((v) => (Array.isArray(v) ? v : (v ?? '').split(/\r\n|\r|\n/)))
    .transform((lines) => lines.map((s) => normalise(s.trim().toLowerCase())).filter(Boolean))
    .superRefine((list, ctx) => {
      if (list.length > LIST_MAX) {
        ctx.addIssue({
          code: 'custom',
          message: 'organisation_admin.list.too_many' satisfies MessageKey,
          params: { max: LIST_MAX },
        });
        return;
      }
      const seen = new Set<string>();
      for (const value of list) {
        if (value.length > 253 || !pattern.test(value)) {
          ctx.addIssue({ code: 'custom', message: invalid, params: { value: shown(value) } });
          return;
        }
        if (seen.has(value)) {
          ctx.addIssue({
            code: 'custom',
            message: 'organisation_admin.list.duplicate' satisfies MessageKey,
            params: { value },
          });
          return;
        }
        seen.add(value);
      }
    });
}

/** The settings form, named as its fields are (errors come back on those names). */
export const settingsSchema = z
  .object({
    name_ro: text({ max: NAME_MAX }),
    name_en: optionalText({ max: NAME_MAX }),
    name_hu: optionalText({ max: NAME_MAX }),
    timeZone: z
      .string({ error: 'form.required' satisfies MessageKey })
      .trim()
      .refine((s) => timeZoneSet.has(s), {
        message: 'organisation_admin.time_zone.unknown' satisfies MessageKey,
      }),
    defaultLocale: choice(LOCALES),
    // "@primaria.ro" is what people often type for "addresses on primaria.ro".
    staffEmailDomains: nameList(DOMAIN, 'organisation_admin.domain.invalid', (s) =>
      s.replace(/^@/, ''),
    ),
    hosts: nameList(HOST, 'organisation_admin.host.invalid', (s) => s),
    requireAdminTwoFactor: checkbox(),
    publicUrl: z
      .string()
      .optional()
      .transform((v) => v?.trim().toLowerCase().replace(/\/+$/, '') || null)
      .refine((v) => v === null || (v.length <= 300 && PUBLIC_URL.test(v)), {
        message: 'organisation_admin.public_url.invalid' satisfies MessageKey,
      }),
  })
  .transform((f) => ({
    name: { ro: f.name_ro, en: f.name_en, hu: f.name_hu },
    timeZone: f.timeZone,
    defaultLocale: f.defaultLocale,
    staffEmailDomains: f.staffEmailDomains,
    hosts: f.hosts,
    publicUrl: f.publicUrl,
    requireAdminTwoFactor: f.requireAdminTwoFactor,
  }));

export type SettingsInput = z.output<typeof settingsSchema>;
