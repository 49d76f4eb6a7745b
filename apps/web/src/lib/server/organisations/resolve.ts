import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { organisations, type Organisation } from './schema.ts';

/**
 * The organisation a request is for: the one that lists the request's host, or — when the
 * installation has a single organisation — that one.
 */
export async function resolveOrganisation(
  db: Queryable,
  host: string,
): Promise<Organisation | null> {
  const bare = host.toLowerCase().replace(/:\d+$/, '');
  const [byHost] = await db
    .select()
    .from(organisations)
    .where(sql`${bare} = any(${organisations.hosts})`)
    .limit(1);
  if (byHost) return byHost;
  const few = await db.select().from(organisations).limit(2);
  return few.length === 1 ? few[0]! : null;
}
