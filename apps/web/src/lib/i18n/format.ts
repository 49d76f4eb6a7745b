import { INTL_TAG, type Locale } from './locales.ts';

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/**
 * Building an Intl formatter costs ~200 µs and native memory; using one costs ~2 µs. There are
 * few combinations (languages × zones × styles × currencies), so each is built once per process
 * (issue 12: dates first, then numbers and money, each found in a profile of the pages).
 */
function once<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, build: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) {
    f = build();
    formatters.set(key, f);
  }
  return f;
}

function dateTimeFormat(locale: Locale, timeZone: string, time: boolean): Intl.DateTimeFormat {
  return once(
    `${locale}|${timeZone}|${time}`,
    () =>
      new Intl.DateTimeFormat(INTL_TAG[locale], {
        dateStyle: 'long',
        ...(time ? { timeStyle: 'short' } : {}),
        timeZone,
      }),
  );
}

/** Dates and times on screen are in the organisation's time zone, formatted per language. */
export function formatDateTime(locale: Locale, date: Date | string, timeZone: string): string {
  return dateTimeFormat(locale, timeZone, true).format(new Date(date));
}

export function formatDate(locale: Locale, date: Date | string, timeZone: string): string {
  return dateTimeFormat(locale, timeZone, false).format(new Date(date));
}

export function formatNumber(locale: Locale, value: number): string {
  return once(`number|${locale}`, () => new Intl.NumberFormat(INTL_TAG[locale])).format(value);
}

/**
 * A latitude or longitude in degrees, with the language's decimal separator (a comma in ro and
 * hu): four decimals at least (about 10 m), six at most, never grouped.
 */
export function formatCoordinate(locale: Locale, degrees: number): string {
  return once(
    `coordinate|${locale}`,
    () =>
      new Intl.NumberFormat(INTL_TAG[locale], {
        minimumFractionDigits: 4,
        maximumFractionDigits: 6,
        useGrouping: false,
      }),
  ).format(degrees);
}

/** Money is kept in integer minor units (cents, bani) with its currency. */
export function formatMoney(locale: Locale, minorUnits: number, currency: string): string {
  const fmt = once(
    `money|${locale}|${currency}`,
    () => new Intl.NumberFormat(INTL_TAG[locale], { style: 'currency', currency }),
  );
  const digits = fmt.resolvedOptions().maximumFractionDigits ?? 2;
  return fmt.format(minorUnits / 10 ** digits);
}

/** A local date-time as typed in a form (`2026-03-01T09:00`) → the UTC instant, in timeZone. */
export function zonedInputToUtc(local: string, timeZone: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(guess);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59)
    return undefined;
  // Shift by the zone's offset at that moment (twice, to settle across a DST change).
  let utc = guess - offsetMs(guess, timeZone);
  utc = guess - offsetMs(utc, timeZone);
  return new Date(utc);
}

/** The UTC instant → `YYYY-MM-DDTHH:mm` in timeZone, for a datetime-local input's value. */
export function utcToZonedInput(date: Date, timeZone: string): string {
  const f = once(
    `input|${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
  );
  const parts = f.formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

function offsetMs(utcMs: number, timeZone: string): number {
  const local = utcToZonedInput(new Date(utcMs), timeZone);
  const [date = '', time = ''] = local.split('T');
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return Date.UTC(y, mo - 1, d, h, mi) - Math.floor(utcMs / 60000) * 60000;
}
