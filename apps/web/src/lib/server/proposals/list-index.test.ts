import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { callInput, ctxFor, openCallWorld } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { createCall, getCall } from '../calls/service.ts';
import { createProposal, transitionProposal } from './commands.ts';
import { listQueries, listProposals, PAGE_SIZE } from './queries.ts';

/**
 * Issue 12: a call's list costs the same on its last page as on its first. With thousands of
 * proposals (several calls, so a call is a part of the table), the planner must serve the page
 * of ids and the count from proposals_call_listed_idx: no sequential scan of proposals, and no
 * sort of the call's rows (the index is in list order), whatever the page or filter.
 */
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const PER_CALL = 1500;

/** Copies of one submitted proposal, spread over its call's categories and over time. */
async function fill(callId: string, templateId: string) {
  const columns = (
    (await database.db.execute(sql`select column_name from information_schema.columns
      where table_schema = 'public' and table_name = 'proposals' order by ordinal_position`)) as unknown as {
      rows: { column_name: string }[];
    }
  ).rows.map((c) => c.column_name);
  const replace: Record<string, string> = {
    id: 'gen_random_uuid()',
    client_token: 'gen_random_uuid()',
    call_id: `'${callId}'::uuid`,
    category_id: `(select array_agg(c.id order by c.key) from call_categories c where c.call_id = '${callId}')[1 + g % 2]`,
    title: `'Propunerea ' || g`,
    submitted_at: `now() - g * interval '1 minute'`,
  };
  const values = columns.map((c) => replace[c] ?? `t.${c}`).join(', ');
  await database.db.execute(
    sql.raw(`insert into proposals (${columns.join(', ')})
      select ${values} from proposals t, generate_series(1, ${PER_CALL}) g
      where t.id = '${templateId}'`),
  );
}

/** The plan of a query, its parameters written in (they are ids, numbers and test text). */
async function plan(query: { toSQL(): { sql: string; params: unknown[] } }) {
  const { sql: text, params } = query.toSQL();
  const literal = (v: unknown) => (typeof v === 'number' ? String(v) : `'${String(v)}'`);
  const inlined = text.replace(/\$(\d+)/g, (_, i: string) => literal(params[Number(i) - 1]));
  const result = (await database.db.execute(sql.raw(`explain ${inlined}`))) as unknown as {
    rows: Record<string, string>[];
  };
  return result.rows.map((r) => Object.values(r)[0]).join('\n');
}

describe("a call's list at scale", () => {
  test('every page and filter is read from the list index, never by scanning or sorting the call', async () => {
    const w = await openCallWorld(database.db);
    const asEmployee = await ctxFor(database.db, w.org, w.employee);
    const { categories } = await getCall(w.asAdmin, w.call.id);
    const first = await createProposal(asEmployee, w.call.id, {
      title: 'Șablon',
      problem: 'Problema',
      solution: 'Soluția',
      categoryId: categories[0]!.id,
      clientToken: uuidv7(),
    });
    await transitionProposal(asEmployee, first.id, 'submit');
    // The listed call is a third of the table: two other calls hold as many rows.
    for (const callId of [
      w.call.id,
      (await createCall(w.asAdmin, callInput())).id,
      (await createCall(w.asAdmin, callInput())).id,
    ]) {
      await fill(callId, first.id);
    }
    // VACUUM, as autovacuum would have by then: the visibility map lets the count stay in the index.
    await database.db.execute(sql`vacuum analyze proposals`);
    const asColleague = await ctxFor(database.db, w.org, w.colleague);

    const all = await listProposals(asColleague, w.call.id, { page: 1 });
    expect(all.total).toBe(PER_CALL + 1);
    const lastOffset = (all.pages - 1) * PAGE_SIZE;
    for (const filter of [{}, { categoryId: categories[1]!.id }, { q: '42' }]) {
      const list = listQueries(asColleague, w.call.id, filter);
      for (const query of [list.count, list.pageIds(0), list.pageIds(lastOffset)]) {
        const text = await plan(query);
        expect(text, text).toContain('proposals_call_listed_idx');
        expect(text, text).not.toMatch(/Seq Scan on proposals/);
        expect(text, text).not.toMatch(/Sort Key/);
      }
    }
  });
});
