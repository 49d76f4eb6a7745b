import { z } from 'zod';

/**
 * The one way lists are paged and searched: a page number from the URL (anything unusable is
 * page 1), clamped to the pages that exist, and search text escaped for LIKE.
 */
export const pageParam = z.coerce.number().int().min(1).max(1_000_000).catch(1);

/** Reads `?page=` from wherever it comes (a URL's searchParams value, a form, a test). */
export const readPage = (value: unknown): number => pageParam.parse(value ?? undefined);

export interface Paged {
  page: number;
  pages: number;
  total: number;
  /** Rows to skip before this page. */
  offset: number;
  size: number;
}

/** The page asked for, within 1…pages (an empty list has one, empty page). */
export function paginate(total: number, requested: number, size: number): Paged {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.trunc(requested) || 1), pages);
  return { page, pages, total, offset: (page - 1) * size, size };
}

/** A user's text inside a LIKE pattern matches itself: %, _ and \ are escaped. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `%text%`, escaped: contains. */
export const containing = (s: string) => `%${escapeLike(s)}%`;

/** The number a `select({ n: count() })` query returns (0 for no row). */
export async function countOf(query: PromiseLike<{ n: number }[]>): Promise<number> {
  const [row] = await query;
  return row?.n ?? 0;
}
