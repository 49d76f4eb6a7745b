import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '../testing/postgres-server.ts';
import { openDatabase, type Database } from '../db/client.ts';
import type { Ctx } from '../context.ts';
import { Conflict } from '../errors.ts';
import { castBallot, myBallot } from './booth.ts';
import { pbBallots, pbVoterRoll } from './schema.ts';
import { electorate, internalVote } from './testing.ts';

/**
 * On PostgreSQL, with real concurrent transactions: a thousand voters submit at once, a fifth of
 * them twice at the same moment. Exactly one ballot and one roll entry per voter, none lost, and
 * the tally is the sum of what was accepted.
 */
let database: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  // The test database made for this file, opened a second time as a server would be: a pool of
  // twenty, and requests waiting for a connection as long as a thousand at once need.
  let url: string;
  ({ url, drop } = await createTestDatabase());
  database = await openDatabase({
    kind: 'postgres',
    url,
    poolSize: 20,
    connectTimeout: 120_000,
  });
});
afterAll(async () => {
  await database.close();
  await drop();
});

const VOTERS = 1000;
const TWICE = 200;

async function tally(processId: string) {
  const rows = await database.db.execute(
    sql`select unnest(project_ids) as id, count(*)::int as n from pb_ballots where process_id = ${processId} group by 1`,
  );
  return new Map(
    (rows as unknown as { rows: { id: string; n: number }[] }).rows.map((r) => [r.id, r.n]),
  );
}

async function countsOf(processId: string) {
  const [b] = await database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(pbBallots)
    .where(eq(pbBallots.processId, processId));
  const [r] = await database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(pbVoterRoll)
    .where(eq(pbVoterRoll.processId, processId));
  return { ballots: b!.n, roll: r!.n };
}

describe('a thousand voters at once', { timeout: 240_000 }, () => {
  test('revocable (one vote per domain): every voter has exactly one ballot, their last accepted', async () => {
    const w = await internalVote(database.db, { kind: 'approval', perDomainMax: '1' });
    const actors = await electorate(database.db, w.org, VOTERS);
    const ids = w.view.projects.map((p) => p.id);
    const ctxOf = (i: number): Ctx => ({
      db: database.db,
      org: w.org,
      actor: actors[i]!,
      now: () => new Date(),
    });
    // Two choices per voter: project i mod 6 (first domain block), or the one six further on.
    const choice = (i: number, second: boolean) => ({ project: ids[(i % 6) + (second ? 6 : 0)] });
    const submissions = actors.flatMap((_, i) => [
      { i, second: false },
      ...(i < TWICE ? [{ i, second: true }] : []),
    ]);
    const results = await Promise.allSettled(
      submissions.map((s) => castBallot(ctxOf(s.i), w.process.id, choice(s.i, s.second))),
    );
    const failed = results.filter((r) => r.status === 'rejected');
    expect(failed.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);
    expect(await countsOf(w.process.id)).toEqual({ ballots: VOTERS, roll: VOTERS });
    // Each voter's ballot is one of the two they sent; the tally is the sum of those ballots.
    const expected = new Map<string, number>();
    for (let i = 0; i < VOTERS; i++) {
      const mine = await myBallot(ctxOf(i), w.view);
      const [project] = [...mine!.keys()];
      const sent = [choice(i, false).project, ...(i < TWICE ? [choice(i, true).project] : [])];
      expect(sent).toContain(project);
      expected.set(project!, (expected.get(project!) ?? 0) + 1);
    }
    expect(await tally(w.process.id)).toEqual(expected);
  });

  test('irrevocable: a voter’s second submission is refused, the first kept; the tally is what was accepted', async () => {
    const w = await internalVote(database.db, {
      kind: 'approval',
      maxProjects: '2',
      irrevocable: 'on',
    });
    const actors = await electorate(database.db, w.org, VOTERS);
    const ids = w.view.projects.map((p) => p.id);
    const ctxOf = (i: number): Ctx => ({
      db: database.db,
      org: w.org,
      actor: actors[i]!,
      now: () => new Date(),
    });
    const choice = (i: number, second: boolean) => [
      ids[i % 12]!,
      ids[(i + (second ? 5 : 1)) % 12]!,
    ];
    const submissions = actors.flatMap((_, i) => [
      { i, second: false },
      ...(i < TWICE ? [{ i, second: true }] : []),
    ]);
    const results = await Promise.allSettled(
      submissions.map((s) =>
        castBallot(ctxOf(s.i), w.process.id, { project: choice(s.i, s.second) }),
      ),
    );
    const accepted = new Map<string, number>();
    let refused = 0;
    results.forEach((r, k) => {
      const s = submissions[k]!;
      if (r.status === 'fulfilled')
        for (const p of choice(s.i, s.second)) accepted.set(p, (accepted.get(p) ?? 0) + 1);
      else {
        expect(r.reason).toBeInstanceOf(Conflict);
        expect((r.reason as Conflict).key).toBe('pb.booth.already_voted');
        refused++;
      }
    });
    expect(refused).toBe(TWICE);
    expect(await countsOf(w.process.id)).toEqual({ ballots: VOTERS, roll: VOTERS });
    expect(await tally(w.process.id)).toEqual(accepted);
  });
});
