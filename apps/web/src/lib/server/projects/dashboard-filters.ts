import { z } from 'zod';
import { isUuid } from '../db/ids.ts';
import { METRICS, type Metric } from './states.ts';

/**
 * The dashboard's filters, from the query string of a GET form (they work without JavaScript).
 * Anything unusable is ignored rather than an error: a filter link someone mangled still shows
 * the dashboard.
 */
const id = z.string().refine(isUuid).optional().catch(undefined);
const key = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/)
  .optional()
  .catch(undefined);

export const filtersSchema = z.object({
  call: id,
  category: key,
  department: id,
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  metric: z.enum(METRICS).optional().catch(undefined),
});

export type Filters = z.output<typeof filtersSchema>;

/** From URLSearchParams or a plain object; empty values are no filter. */
export function readFilters(query: URLSearchParams | Record<string, unknown>): Filters {
  const entries =
    query instanceof URLSearchParams ? [...query.entries()] : Object.entries(query ?? {});
  const raw = Object.fromEntries(entries.filter(([, v]) => v !== '' && v !== undefined));
  return filtersSchema.parse(raw);
}

/** The metric the charts show: the one asked for, else the first (money first) with verified savings. */
export function chartMetric(f: Filters, withData: readonly Metric[]): Metric {
  return f.metric ?? METRICS.find((m) => m !== 'custom' && withData.includes(m)) ?? 'ron';
}

/** The same filters as a query string (for download links that keep them). */
export function filterQuery(f: Filters): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}
