import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { Invalid } from '../errors.ts';
import { proposals } from '../proposals/schema.ts';
import type { LocalizedText } from '../../i18n/localized.ts';
import { callCategories, type CallCategory } from './schema.ts';
import { keysFor } from './lines.ts';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Makes the call's categories the given list, in its order. A category keeps its key (and so
 * its proposals and its filter links) when its Romanian name or key is still listed; one that
 * proposals use cannot be dropped.
 */
export async function setCategories(
  db: Queryable,
  organisationId: string,
  callId: string,
  names: readonly LocalizedText[],
) {
  const existing = await db
    .select()
    .from(callCategories)
    .where(eq(callCategories.callId, callId))
    .orderBy(asc(callCategories.position));
  const match = (n: LocalizedText) =>
    existing.find((c) => same(c.name.ro, n.ro) || same(c.key, n.en ?? '') || same(c.key, n.ro));
  const keys = keysFor(names, (n) => match(n)?.key);
  const dropped = existing.filter((c) => !keys.includes(c.key));
  await refuseIfUsed(db, dropped);
  if (dropped.length) {
    await db.delete(callCategories).where(
      inArray(
        callCategories.id,
        dropped.map((c) => c.id),
      ),
    );
  }
  for (const [position, name] of names.entries()) {
    await db
      .insert(callCategories)
      .values({ organisationId, callId, key: keys[position]!, name, position })
      .onConflictDoUpdate({
        target: [callCategories.callId, callCategories.key],
        set: { name, position: sql`excluded.position` },
      });
  }
  return keys;
}

async function refuseIfUsed(db: Queryable, dropped: CallCategory[]) {
  if (!dropped.length) return;
  const [used] = await db
    .select({ id: proposals.id })
    .from(proposals)
    .where(
      and(
        inArray(
          proposals.categoryId,
          dropped.map((c) => c.id),
        ),
      ),
    )
    .limit(1);
  if (used) throw new Invalid({ categories: 'calls.categories.in_use' });
}
