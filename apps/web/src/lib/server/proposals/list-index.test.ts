import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { callInput, ctxFor, openCallWorld } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { createCall, getCall } from '../calls/service.ts';
import { createProposal, transitionProposal } from './commands.ts';
import {
  listQueries,
  listProposals,
  myProposals,
  myProposalsQueries,
  PAGE_SIZE,
} from './queries.ts';
import { LIST_COUNT_TTL_MS } from './list-count.ts';
import { proposals } from './schema.ts';
import { countOf } from '../lists/paging.ts';

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
async function fill(callId: string, templateId: string, copies = PER_CALL) {
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
      select ${values} from proposals t, generate_series(1, ${copies}) g
      where t.id = '${templateId}'`),
  );
}

/** The plan of a query, its parameters written in (they are ids, numbers and test text). */
async function plan(query: { toSQL(): { sql: string; params: unknown[] } }, explain = 'explain') {
  const { sql: text, params } = query.toSQL();
  const literal = (v: unknown) => (typeof v === 'number' ? String(v) : `'${String(v)}'`);
  const inlined = text.replace(/\$(\d+)/g, (_, i: string) => literal(params[Number(i) - 1]));
  const result = (await database.db.execute(sql.raw(`${explain} ${inlined}`))) as unknown as {
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
    for (const filter of [{}, { categoryId: categories[1]!.id }, { q: '42' }]) {
      const list = listQueries(asColleague, w.call.id, filter);
      const total = await countOf(list.count);
      const lastOffset = Math.floor((total - 1) / PAGE_SIZE) * PAGE_SIZE;
      for (const query of [list.count, list.pageIds(0, total), list.pageIds(lastOffset, total)]) {
        const text = await plan(query);
        expect(text, text).toContain('proposals_call_listed_idx');
        expect(text, text).not.toMatch(/Seq Scan on proposals/);
        expect(text, text).not.toMatch(/Sort Key/);
      }
    }
    // The last page reads as few index entries as the first: no OFFSET over the whole call.
    const list = listQueries(asColleague, w.call.id, {});
    for (const offset of [0, (all.pages - 1) * PAGE_SIZE]) {
      expect(await entriesRead(list.pageIds(offset, all.total))).toBeLessThanOrEqual(PAGE_SIZE);
    }
  });

  test('every page holds the rows that list order puts there, read from either end', async () => {
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
    await fill(w.call.id, first.id, 95);
    const ordered = await database.db
      .select({ id: proposals.id })
      .from(proposals)
      .where(and(eq(proposals.callId, w.call.id), ne(proposals.state, 'draft')))
      .orderBy(desc(proposals.submittedAt), desc(proposals.id));
    expect(ordered).toHaveLength(96);
    for (const page of [1, 2, 3, 4, 5]) {
      const listed = await listProposals(asEmployee, w.call.id, { page });
      expect(listed.proposals.map((p) => p.id)).toEqual(
        ordered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((p) => p.id),
      );
    }
  });

  test('the count is kept a few seconds: a change in this process shows at once, one by another within the bound', async () => {
    const w = await openCallWorld(database.db);
    const t0 = new Date();
    const asEmployee = await ctxFor(database.db, w.org, w.employee, () => t0);
    const { categories } = await getCall(w.asAdmin, w.call.id);
    const submitOne = async () => {
      const p = await createProposal(asEmployee, w.call.id, {
        title: 'Bancă nouă',
        problem: 'Problema',
        solution: 'Soluția',
        categoryId: categories[0]!.id,
        clientToken: uuidv7(),
      });
      return transitionProposal(asEmployee, p.id, 'submit');
    };
    const submitted = await submitOne();
    const totalAt = async (ms: number) =>
      (
        await listProposals(
          await ctxFor(database.db, w.org, w.colleague, () => new Date(t0.getTime() + ms)),
          w.call.id,
          { page: 1 },
        )
      ).total;
    expect(await totalAt(0)).toBe(1);
    await submitOne();
    expect(await totalAt(0)).toBe(2);
    // Another process adds 3 proposals: this one was not told.
    await fill(w.call.id, submitted.id, 3);
    expect(await totalAt(1)).toBe(2);
    expect(await totalAt(LIST_COUNT_TTL_MS)).toBe(5);
  });
});

describe('my proposals at scale', () => {
  test('found from the author and co-author indexes, never by reading every proposal', async () => {
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
    await fill(w.call.id, first.id);
    // The colleague co-wrote 30 of the employee's 1,500.
    await database.db
      .execute(sql`update proposals set co_author_ids = array[${w.colleague.id}::uuid]
      where id in (select id from proposals where call_id = ${w.call.id} order by id limit 30)`);
    await database.db.execute(sql`vacuum analyze proposals`);
    const asColleague = await ctxFor(database.db, w.org, w.colleague);
    const mine = await myProposals(asColleague, 2);
    expect([mine.total, mine.pages, mine.proposals.length]).toEqual([30, 2, 10]);

    const queries = myProposalsQueries(asColleague, w.colleague.id);
    for (const query of [queries.count, queries.page(0), queries.page(20)]) {
      const text = await plan(query);
      expect(text, text).toContain('proposals_co_authors_idx');
      expect(text, text).toContain('proposals_author_idx');
      expect(text, text).not.toMatch(/Seq Scan on proposals/);
    }
  });
});

/** Rows the plan's index scan returned (EXPLAIN ANALYZE): what a page cost in index entries. */
async function entriesRead(query: { toSQL(): { sql: string; params: unknown[] } }) {
  const text = await plan(query, 'explain (analyze, costs off)');
  const scan = text.split('\n').find((line) => /Index (Only )?Scan/.test(line));
  expect(scan, text).toBeDefined();
  return Number(/rows=(\d+)/.exec(scan!)![1]);
}
