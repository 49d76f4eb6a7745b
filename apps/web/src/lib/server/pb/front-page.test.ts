import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { processesForHome } from './front-page.ts';
import { createProcess, getProcess, transitionProcess } from './processes.ts';
import { pbProcesses } from './schema.ts';
import { pbWorld, processInput } from './testing.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('the home page: what a citizen can do now', () => {
  test('a process in submission says until when (the analysis start); a draft is not shown', async () => {
    const w = await pbWorld(database.db);
    const visitor = await w.as(null);
    expect((await processesForHome(visitor)).open).toEqual([]);

    await transitionProcess(w.asAdmin, w.process.id, 'information');
    await transitionProcess(w.asAdmin, w.process.id, 'submission');
    const { open, finished } = await processesForHome(visitor);
    expect(finished).toEqual([]);
    expect(open).toHaveLength(1);
    const [p] = open;
    expect(p).toMatchObject({ id: w.process.id, state: 'submission', next: 'analysis' });
    const { phases } = await getProcess(w.asAdmin, w.process.id);
    const analysis = phases.find((ph) => ph.phase === 'analysis')!;
    expect(p!.until?.getTime()).toBe(analysis.startsAt.getTime());
  });

  test("an internal process is for the organisation's employees, not visitors", async () => {
    const w = await pbWorld(database.db, { audience: 'internal' });
    await transitionProcess(w.asAdmin, w.process.id, 'information');
    expect((await processesForHome(await w.as(null))).open).toEqual([]);
    expect((await processesForHome(await w.as(w.citizen))).open).toEqual([]);
    const staff = await processesForHome(await w.as(w.employee));
    expect(staff.open.map((p) => p.id)).toEqual([w.process.id]);
  });

  test("another organisation's processes never appear", async () => {
    const a = await pbWorld(database.db);
    const b = await pbWorld(database.db);
    await transitionProcess(a.asAdmin, a.process.id, 'information');
    await transitionProcess(b.asAdmin, b.process.id, 'information');
    const seen = (await processesForHome(await a.as(null))).open.map((p) => p.id);
    expect(seen).toEqual([a.process.id]);
  });

  test('a process in its results phase is listed with the finished ones', async () => {
    const w = await pbWorld(database.db);
    const second = await createProcess(w.asAdmin, processInput({ title_ro: 'Ediția a doua' }));
    await transitionProcess(w.asAdmin, second.id, 'information');
    await database.db
      .update(pbProcesses)
      .set({ state: 'implementation', votingOpenedAt: new Date() })
      .where(eq(pbProcesses.id, w.process.id));
    const home = await processesForHome(await w.as(null));
    expect(home.finished.map((p) => [p.id, p.state, p.until])).toEqual([
      [w.process.id, 'implementation', null],
    ]);
    expect(home.open.map((p) => p.id)).toEqual([second.id]);
  });
});
