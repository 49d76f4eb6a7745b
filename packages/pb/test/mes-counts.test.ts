import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Rational, createElection, type Election, type TieBreaking } from '../src/index.js';
import { profileOf } from '../src/profile.js';
import {
  MesScratch,
  runMes,
  utilityTable,
  type MesRun,
  type Utility,
} from '../src/rules/mes-core.js';
import { HEAVY } from './paths.js';

/**
 * Decision 109: supporter counts read from the ballot groups instead of a dense project × class
 * table. Both must give the same runs to the last payment: same prices, same order of slots.
 */
const TIES: TieBreaking[] = [{ kind: 'pabutools' }, { kind: 'file-order' }, { kind: 'highest-id' }];

/** Diverse ballots (many classes), approval or cumulative (several utilities per project). */
const elections = fc
  .record({
    costs: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 8 }),
    budget: fc.integer({ min: 1, max: 120 }),
    cumulative: fc.boolean(),
    ballots: fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }), {
      minLength: 1,
      maxLength: 40,
    }),
  })
  .map(({ costs, budget, cumulative, ballots }) =>
    createElection({
      budget,
      voteType: cumulative ? 'cumulative' : 'approval',
      projects: costs.map((cost, i) => ({ id: `p${i}`, cost })),
      voters: ballots.map((b) => {
        const chosen = costs.map((_, i) => i).filter((i) => b[i]! > 0);
        return {
          projects: chosen.map((i) => `p${i}`),
          ...(cumulative ? { points: chosen.map((i) => b[i]!) } : {}),
        };
      }),
    }),
  );

const show = (r: MesRun): string =>
  JSON.stringify(
    {
      winners: r.winners,
      cost: r.cost,
      stableFor: r.stableFor,
      rounds: r.rounds,
      drops: r.drops && [...r.drops],
      paid: r.paid,
    },
    (_k, v: unknown) => (v instanceof Rational ? v.toString() : v),
  );

function runs(
  e: Election,
  utility: Utility,
  tie: TieBreaking,
  betas: Rational[],
  scratch: MesScratch,
) {
  const profile = profileOf(e);
  const table = utilityTable(profile, utility);
  const all = new Set(e.projects.map((_, i) => i));
  // as an add1 walk does: one scratch for every run, tracked and traced runs among them
  return betas.map((b, i) =>
    show(runMes(profile, table, b, all, tie, i % 2 === 1, scratch, i % 3 === 0, null)),
  );
}

describe('counts read from the groups give the runs the dense table gives', HEAVY, () => {
  test('random elections, every utility, tie rules, tracked and traced runs', () => {
    let switched = 0;
    fc.assert(
      fc.property(
        elections,
        fc.constantFrom(...TIES),
        fc.constantFrom<Utility>('cost', 'cardinality', 'points', 'borda', 'effort'),
        fc.integer({ min: 0, max: 20 }),
        (e, tie, utility, beta) => {
          if (utility === 'points' && e.voteType !== 'cumulative') utility = 'cost';
          const start = e.budget.divInt(BigInt(Math.max(e.voters.length, 1)));
          const betas = [0, 1, 2, 3].map((k) => start.add(Rational.int(beta + k)));
          const dense = runs(e, utility, tie, betas, new MesScratch('dense'));
          expect(runs(e, utility, tie, betas, new MesScratch('groups'))).toEqual(dense);
          // auto with no room for a table: switches at the first growth, mid-run
          const auto = new MesScratch('auto', 0);
          auto.cap = 2;
          expect(runs(e, utility, tie, betas, auto)).toEqual(dense);
          if (auto.fromGroups) switched++;
        },
      ),
      { numRuns: 300 },
    );
    expect(switched).toBeGreaterThan(100);
  });

  test('a large diverse election switches to the groups, and later runs start there', () => {
    let seed = 7;
    const r = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const e = createElection({
      budget: 5000,
      projects: Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, cost: 500 + 130 * i })),
      voters: Array.from({ length: 2000 }, () => ({
        projects: Array.from({ length: 9 }, (_, i) => `p${i}`).filter(() => r() < 0.4),
      })),
    });
    // room for 16 classes of every project, not for 32
    const scratch = new MesScratch('auto', 16 * 9 * 4);
    scratch.cap = 16;
    const betas = [Rational.of(5, 2), Rational.int(3), Rational.int(4)];
    const dense = runs(e, 'cost', TIES[0]!, betas, new MesScratch('dense'));
    expect(runs(e, 'cost', TIES[0]!, betas, scratch)).toEqual(dense);
    expect(scratch.fromGroups).toBe(true);
    expect(scratch.W).toEqual([]);
  });
});
