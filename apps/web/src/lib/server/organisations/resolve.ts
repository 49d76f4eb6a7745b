import { desc, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { organisations, type Organisation } from './schema.ts';

/**
 * The organisation a request is for: the one that lists the request's host, or — when the
 * installation has a single organisation — that one. One query per request.
 */
export async function resolveOrganisation(
  db: Queryable,
  host: string,
): Promise<Organisation | null> {
  const bare = host.toLowerCase().replace(/:\d+$/, '');
  const byHost = sql`${bare} = any(${organisations.hosts})`;
  const [org] = await db
    .select()
    .from(organisations)
    .where(sql`${byHost} or (select count(*) from organisations) = 1`)
    .orderBy(desc(byHost))
    .limit(1);
  return org ?? null;
}
