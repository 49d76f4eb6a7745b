import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { parsePb } from '@innovato-r/pb';
import { openTestDatabase } from '../testing/test-db.ts';
import { makeUser } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { Forbidden, NotFound } from '../errors.ts';
import { addProject, getProcess, transitionProcess } from './processes.ts';
import { updateBallotRule } from './rules.ts';
import { castBallot } from './booth.ts';
import { declareParticipation } from './voters.ts';
import { getResults, resultFile } from './results.ts';
import { ruleLab } from './lab.ts';
import { recount } from './count.ts';
import { pbResults } from './schema.ts';
import { pbWorld } from './testing.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const ONLY_VOTING = {
  phase_information: '',
  phase_submission: '',
  phase_analysis: '',
  phase_appeals: '',
  budget: '300000',
  maxWinners: '3',
};

/**
 * Six projects in three domains; ballots chosen so that the rules disagree: domain A's
 * two projects are popular, C's expensive one has a loyal minority.
 */
async function countedWorld(countingRule: string) {
  const w = await pbWorld(database.db, ONLY_VOTING);
  const { domains } = await getProcess(w.asAdmin, w.process.id);
  await updateBallotRule(w.asAdmin, w.process.id, {
    kind: 'approval',
    minProjects: '1',
    countingRule,
    maxWinners: '3',
  });
  const spec: [number, string][] = [
    [0, '100000'],
    [0, '90000'],
    [1, '60000'],
    [1, '50000'],
    [2, '150000'],
    [2, '20000'],
  ];
  for (const [i, [d, cost]] of spec.entries())
    await addProject(w.asAdmin, w.process.id, {
      domainId: domains[d]!.id,
      title: `P${i + 1}`,
      cost,
    });
  await transitionProcess(w.asAdmin, w.process.id, 'voting');
  const view = await getProcess(w.asAdmin, w.process.id);
  const ids = view.projects.map((p) => p.id);
  const ballots = [
    ...Array.from({ length: 6 }, () => [0, 1, 2]),
    ...Array.from({ length: 3 }, () => [0, 3]),
    ...Array.from({ length: 4 }, () => [4]),
    ...Array.from({ length: 2 }, () => [5, 2]),
  ];
  for (const choice of ballots) {
    const voter = await w.as(await makeUser(database.db, w.org, ['participant']));
    await declareParticipation(voter, view.process, {
      relation: 'lives',
      birthYear: '1975',
      confirm: 'on',
    });
    await castBallot(voter, w.process.id, { project: choice.map((i) => ids[i]) });
  }
  return { ...w, ids, ballots: ballots.length };
}

describe('results', () => {
  test("Cluj's rule: published at the results phase; the .pb download, read back, gives the same outcome", async () => {
    const w = await countedWorld('cluj');
    await expect(getResults(await w.as(w.citizen), w.process.id)).rejects.toThrow(Forbidden);
    await transitionProcess(w.asAdmin, w.process.id, 'validation');
    await transitionProcess(w.asAdmin, w.process.id, 'results');
    const visitor = await w.as(null);
    const r = await getResults(visitor, w.process.id);
    expect(r.published).not.toBeNull();
    expect(r.summary.ballots).toBe(w.ballots);
    // Top of each domain (P1, P3, P5), three winners: Cluj counts winners, not the budget.
    expect(
      r.summary.rows
        .filter((x) => x.selected)
        .map((x) => x.title)
        .sort(),
    ).toEqual(['P1', 'P3', 'P5']);
    expect(r.summary.withFunded).toBe(15);
    const top = r.summary.rows.find((x) => x.title === 'P1')!;
    expect(top.why).toEqual({ key: 'pb.why.cluj_domain_top', counts: { votes: 9 } });
    const file = await resultFile(visitor, w.process.id);
    const again = recount(file!.pbFile);
    expect(again.rule).toBe('cluj');
    expect(again.election.meta.get('rule')).toBe('cluj');
    expect(again.election.meta.get('cluj_max_winners')).toBe('3');
    expect([...again.outcome.winners].sort()).toEqual([...again.selected].sort());
    expect(again.selected.sort()).toEqual(['1', '3', '5']);
    // Anonymous: no account, address or id of a person in the file.
    expect(file!.pbFile).not.toContain(w.citizen.id);
    expect(file!.pbFile).not.toMatch(/@/);
    expect(parsePb(file!.pbFile).voters).toHaveLength(w.ballots);
  });

  test('greedy and MES+add1: META names the pabulib rule; read back gives the published outcome', async () => {
    for (const [rule, meta] of [
      ['greedy', 'greedy'],
      ['mes-add1', 'equalshares/add1'],
    ] as const) {
      const w = await countedWorld(rule);
      await transitionProcess(w.asAdmin, w.process.id, 'validation');
      await transitionProcess(w.asAdmin, w.process.id, 'results');
      const [stored] = await database.db
        .select()
        .from(pbResults)
        .where(eq(pbResults.processId, w.process.id));
      const again = recount(stored!.pbFile);
      expect(again.election.meta.get('rule')).toBe(meta);
      expect([...again.outcome.winners]).toEqual(stored!.winners);
      expect(again.selected.sort()).toEqual([...stored!.winners].sort());
    }
  });

  test('the rule lab compares the three rules for those who run the process only', async () => {
    const w = await countedWorld('cluj');
    await transitionProcess(w.asAdmin, w.process.id, 'validation');
    // Counts are sealed until the results are published (validation.test.ts, decision 054).
    await transitionProcess(w.asAdmin, w.process.id, 'results');
    const lab = await ruleLab(w.asAdmin, w.process.id);
    expect(lab.rules.map((r) => r.rule)).toEqual(['cluj', 'greedy', 'mes-add1']);
    const funded = (i: number) =>
      lab.rules[i]!.summary.rows.filter((x) => x.selected)
        .map((x) => x.title)
        .sort();
    expect(funded(0)).toEqual(['P1', 'P3', 'P5']);
    // Greedy by votes within €300,000: P1 (9 votes), P3 (8), P2 (6); P5 (4) does not fit; P4 (3).
    expect(funded(1)).toEqual(['P1', 'P2', 'P3', 'P4']);
    // Equal shares: the two voters of P6 and P3 get their cheap project; P5's four voters own
    // €80,000 of the €150,000 it needs, so it is not bought.
    expect(funded(2)).toEqual(['P1', 'P3', 'P4', 'P6']);
    const p5 = lab.rules[2]!.summary.rows.find((x) => x.title === 'P5')!;
    expect(p5.why.key).toBe('pb.why.mes_unaffordable');
    expect(lab.rules[0]!.prefers).toEqual({ a: 0, b: 0, same: w.ballots });
    await expect(ruleLab(await w.as(w.citizen), w.process.id)).rejects.toThrow(Forbidden);
    const outsider = await pbWorld(database.db);
    await expect(ruleLab(outsider.asAdmin, w.process.id)).rejects.toThrow(NotFound);
  });

  test('a published result does not change (database trigger)', async () => {
    const w = await countedWorld('greedy');
    await transitionProcess(w.asAdmin, w.process.id, 'validation');
    await transitionProcess(w.asAdmin, w.process.id, 'results');
    await expect(
      database.db
        .update(pbResults)
        .set({ winners: ['1'] })
        .where(eq(pbResults.processId, w.process.id)),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ constraint: 'pb_results_final' }) });
  });
});
