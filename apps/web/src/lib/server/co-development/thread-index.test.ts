import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { coDevelopmentWorld } from './testing.ts';
import { loadDiscussed } from './discussed.ts';
import { threadOf, threadQueries, THREAD_PAGE_SIZE } from './thread.ts';

/**
 * A long thread stays cheap: with 2,000 comments on one proposal (and 2,000 replies, and as
 * many on other proposals) every page of it is read from the thread's indexes — no scan of
 * the table, no sort — so its last page costs what its first does. Timings are printed, not
 * asserted (docs/performance.md).
 */
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const COMMENTS = 2000;

async function fill(orgId: string, proposalId: string, authorId: string) {
  await database.db.execute(sql`
    insert into proposal_comments (id, organisation_id, proposal_id, author_id, body, created_at)
    select gen_random_uuid(), ${orgId}, ${proposalId}, ${authorId}, 'Comentariul ' || g,
      now() + g * interval '1 second'
    from generate_series(1, ${COMMENTS}) g`);
  // A reply under each comment.
  await database.db.execute(sql`
    insert into proposal_comments (id, organisation_id, proposal_id, parent_id, depth, author_id, body, created_at)
    select gen_random_uuid(), organisation_id, proposal_id, id, 1, author_id, 'Răspuns', created_at + interval '1 minute'
    from proposal_comments where proposal_id = ${proposalId} and parent_id is null`);
}

async function plan(query: { toSQL(): { sql: string; params: unknown[] } }) {
  const { sql: text, params } = query.toSQL();
  const literal = (v: unknown) => (typeof v === 'number' ? String(v) : `'${String(v)}'`);
  const inlined = text.replace(/\$(\d+)/g, (_, i: string) => literal(params[Number(i) - 1]));
  const result = (await database.db.execute(sql.raw(`explain ${inlined}`))) as unknown as {
    rows: Record<string, string>[];
  };
  return result.rows.map((r) => Object.values(r)[0]).join('\n');
}

describe('a long thread', () => {
  test('every page and its replies come from the thread indexes', async () => {
    const w = await coDevelopmentWorld(database.db);
    const other = await w.propose(w.as.colleague, 'Alta');
    await fill(w.org.id, w.proposal.id, w.colleague.id);
    await fill(w.org.id, other.id, w.third.id);
    await database.db.execute(sql`vacuum analyze proposal_comments`);
    const d = await loadDiscussed(w.as.third, w.proposal.id);
    const timed = async (page: number) => {
      const start = performance.now();
      const thread = (await threadOf(w.as.third, d, page))!;
      return { thread, ms: performance.now() - start };
    };
    const first = await timed(1);
    const last = await timed(COMMENTS / THREAD_PAGE_SIZE);
    expect([first.thread.total, first.thread.pages]).toEqual([
      COMMENTS,
      COMMENTS / THREAD_PAGE_SIZE,
    ]);
    expect(last.thread.comments.at(-1)!.body).toBe(`Comentariul ${COMMENTS}`);
    expect(last.thread.comments.every((c) => c.replies.length === 1)).toBe(true);
    console.log(
      `thread of ${COMMENTS} comments + ${COMMENTS} replies: first page ${first.ms.toFixed(1)} ms, last page ${last.ms.toFixed(1)} ms`,
    );
    const q = threadQueries(w.as.third, w.proposal.id);
    const ids = last.thread.comments.map((c) => c.id);
    const lastOffset = (last.thread.pages - 1) * THREAD_PAGE_SIZE;
    for (const query of [q.count, q.page(0), q.page(lastOffset), q.replies(ids)]) {
      const text = await plan(query);
      expect(text, text).toMatch(/proposal_comments_(thread|replies)_idx/);
      expect(text, text).not.toMatch(/Seq Scan on proposal_comments/);
    }
    for (const query of [q.pageIds(0), q.pageIds(lastOffset)]) {
      expect(await plan(query)).not.toMatch(/Sort Key/);
    }
  });
});
