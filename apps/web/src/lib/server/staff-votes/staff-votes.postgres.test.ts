import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '../testing/postgres-server.ts';
import { openDatabase, type Database } from '../db/client.ts';
import type { Ctx } from '../context.ts';
import { evaluationWorld } from '../evaluation/testing.ts';
import { castBallot } from '../pb/booth.ts';
import { electorate } from '../pb/testing.ts';
import { pbBallots, pbVoterRoll } from '../pb/schema.ts';
import { enableStaffVote, moveStaffVote } from './commands.ts';
import { staffVotePage } from './queries.ts';

/**
 * On PostgreSQL, with real concurrent transactions: every employee submits three ballots for the
 * call's staff vote at the same moment. One ballot and one roll entry each, whatever the order.
 */
let database: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  let url: string;
  ({ url, drop } = await createTestDatabase());
  database = await openDatabase({ kind: 'postgres', url, poolSize: 10 });
});
afterAll(async () => {
  await database.close();
  await drop();
});

const EMPLOYEES = 60;

describe('a staff vote under concurrency', { timeout: 120_000 }, () => {
  test('one ballot per employee, though each submits three at once', async () => {
    const w = await evaluationWorld(database.db);
    const hour = 3_600_000;
    await enableStaffVote(w.asAdmin, w.call.id, {
      kind: 'approval',
      minProjects: '1',
      maxProjects: '1',
      countingRule: 'cluj',
      maxWinners: '1',
      opensAt: new Date(Date.now() + hour),
      closesAt: new Date(Date.now() + 2 * hour),
      resultsAt: new Date(Date.now() + 3 * hour),
    });
    await moveStaffVote(w.asAdmin, w.call.id, 'voting');
    const { view } = await staffVotePage(w.asAdmin, w.call.id);
    const processId = view!.process.id;
    const ids = view!.projects.map((p) => p.id);
    const actors = await electorate(database.db, w.org, EMPLOYEES);
    const ctxOf = (i: number): Ctx => ({
      db: database.db,
      org: w.org,
      actor: actors[i]!,
      now: () => new Date(),
    });
    const results = await Promise.allSettled(
      actors.flatMap((_, i) =>
        [0, 1, 2].map((k) =>
          castBallot(ctxOf(i), processId, { project: ids[(i + k) % ids.length] }),
        ),
      ),
    );
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused.map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    const count = async (table: typeof pbBallots | typeof pbVoterRoll) =>
      (
        await database.db
          .select({ n: sql<number>`count(*)::int` })
          .from(table)
          .where(eq(table.processId, processId))
      )[0]!.n;
    expect(await count(pbBallots)).toBe(EMPLOYEES);
    expect(await count(pbVoterRoll)).toBe(EMPLOYEES);
    const [changes] = await database.db
      .select({ n: sql<number>`sum(changes)::int` })
      .from(pbVoterRoll)
      .where(eq(pbVoterRoll.processId, processId));
    // Every submission after each employee's first replaced their ballot in place.
    expect(changes!.n).toBe(2 * EMPLOYEES);
  });
});
