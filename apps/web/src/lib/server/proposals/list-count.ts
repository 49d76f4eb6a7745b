import { ShortLived } from '../cache/short-lived.ts';
import { countOf } from '../lists/paging.ts';

/**
 * A call's list is counted once per filter every few seconds, not on every request: counting
 * reads every listed proposal's index entry (13 ms at 10,000 under load, issue 12). A proposal
 * changed in this process is counted again at once; by another process, within the bound
 * (decision 022).
 */
export const LIST_COUNT_TTL_MS = 5_000;

const counts = new ShortLived<number>({ ttlMs: LIST_COUNT_TTL_MS, dependsOn: ['proposal'] });

/** The count of one call's list under one filter (ids are unique across databases). */
export function listCount(
  key: { organisationId: string; callId: string; categoryId?: string; q?: string },
  now: Date,
  query: PromiseLike<{ n: number }[]>,
): Promise<number> {
  return counts.get(JSON.stringify(key), now.getTime(), () => countOf(query));
}
