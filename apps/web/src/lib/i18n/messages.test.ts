import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue, catalogueSources, translate } from '../server/i18n/catalogue.ts';
import { LOCALES } from './locales.ts';
import { formatCoordinate, formatMoney, utcToZonedInput, zonedInputToUtc } from './format.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const messages = catalogue();

describe('message catalogues', () => {
  test('no key is defined twice, whichever catalogues hold it', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const { source, messages: m } of catalogueSources()) {
      for (const key of Object.keys(m)) {
        if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${source}`);
        seen.set(key, source);
      }
    }
    expect(twice).toEqual([]);
  });

  test.each(Object.entries(messages))(
    '%s exists in every language with the same placeholders',
    (_key, entry) => {
      const byLocale = entry as Record<string, string>;
      for (const locale of LOCALES) expect(byLocale[locale]?.trim(), locale).toBeTruthy();
      expect(placeholders(byLocale.en!)).toEqual(placeholders(byLocale.ro!));
      expect(placeholders(byLocale.hu!)).toEqual(placeholders(byLocale.ro!));
    },
  );

  test('every message key used in the source exists in the catalogues', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const missing: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (
          /\.(ts|svelte)$/.test(name) &&
          !name.endsWith('.test.ts') &&
          !path.includes('/messages/')
        ) {
          const text = readFileSync(path, 'utf8');
          for (const m of text.matchAll(/\bt\(\s*'([a-z_]+(?:\.[a-z_0-9]+)+)'/g)) {
            if (!(m[1]! in messages)) missing.push(`${path}: ${m[1]}`);
          }
        }
      }
    };
    walk(root);
    expect(missing).toEqual([]);
  });

  test('Romanian is the default and placeholders are filled', () => {
    expect(translate('ro', 'pagination.status', { page: 2, pages: 5 })).toBe('Pagina 2 din 5');
    expect(translate('hu', 'pagination.status', { page: 2, pages: 5 })).toBe('2. oldal / 5');
  });
});

describe('formatting', () => {
  test('money in minor units, per language', () => {
    expect(formatMoney('ro', 15_000_000, 'EUR')).toMatch(/^150\.000,00\sEUR$/);
    expect(formatMoney('en', 15_000_000, 'EUR')).toBe('€150,000.00');
  });

  test('coordinates with the decimal separator of the language, never grouped', () => {
    expect(formatCoordinate('ro', 46.7546)).toBe('46,7546');
    expect(formatCoordinate('hu', 23.597)).toBe('23,5970');
    expect(formatCoordinate('en', 23.597)).toBe('23.5970');
    expect(formatCoordinate('ro', 123.12345678)).toBe('123,123457');
  });

  test('local date-times in Europe/Bucharest round-trip across daylight saving time', () => {
    const tz = 'Europe/Bucharest';
    expect(zonedInputToUtc('2026-07-01T09:00', tz)?.toISOString()).toBe('2026-07-01T06:00:00.000Z');
    expect(zonedInputToUtc('2026-01-15T09:00', tz)?.toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(utcToZonedInput(new Date('2026-03-29T00:30:00Z'), tz)).toBe('2026-03-29T02:30');
    for (const bad of [
      '2026-02-30T10:00',
      '2026-13-01T10:00',
      '2026-11-23T25:00',
      'yesterday',
      '',
    ]) {
      expect(zonedInputToUtc(bad, tz), bad).toBeUndefined();
    }
  });
});
