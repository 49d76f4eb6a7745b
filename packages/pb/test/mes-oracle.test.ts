import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Rational, createElection, mes, type Election } from '../src/index.js';
import { runMes, utilityTable } from '../src/rules/mes-core.js';
import { profileOf } from '../src/profile.js';
import { oracleAdd1, oracleMes, type OracleTie, type OracleUtility } from './mes-oracle.js';
import { HEAVY } from './paths.js';

/** Random approval elections; small costs and budgets make ties and exact boundaries common. */
const electionsOf = (maxProjects: number, maxVoters: number, maxCost: number) =>
  fc
    .record({
      costs: fc.array(fc.integer({ min: 0, max: maxCost }), {
        minLength: 1,
        maxLength: maxProjects,
      }),
      budget: fc.integer({ min: 0, max: maxCost * 3 }),
      ballots: fc.array(
        fc.array(fc.boolean(), { minLength: maxProjects, maxLength: maxProjects }),
        {
          minLength: 1,
          maxLength: maxVoters,
        },
      ),
    })
    .map(({ costs, budget, ballots }) =>
      createElection({
        budget,
        projects: costs.map((cost, i) => ({ id: `p${i}`, cost })),
        voters: ballots.map((b) => ({
          projects: costs.map((_, i) => `p${i}`).filter((_, i) => b[i]),
        })),
      }),
    );

const settings = fc.record({
  utility: fc.constantFrom<OracleUtility>('cost', 'cardinality'),
  tie: fc.constantFrom<OracleTie>('pabutools', 'file-order'),
});
const tieOption = (tie: OracleTie) => ({ kind: tie }) as const;

/** The engine's own trace: each round's project, ρ, and what every voter paid for it. */
function engineRounds(e: Election, utility: OracleUtility, perVoter: Rational, tie: OracleTie) {
  const profile = profileOf(e);
  const all = new Set(e.projects.map((_, i) => i));
  const table = utilityTable(profile, utility);
  const run = runMes(profile, table, perVoter, all, tieOption(tie), true);
  return run.rounds!.map((r) => {
    const paid: Rational[] = e.voters.map(() => Rational.ZERO);
    profile.groups.forEach((g, gi) => {
      const k = g.items.indexOf(r.project);
      const x = k < 0 ? null : run.paid!(profile.groupStart[gi]! + k);
      for (const v of g.voters) paid[v] = x ?? Rational.ZERO;
    });
    return { project: e.projects[r.project]!.id, rho: r.rho.toString(), paid: paid.map(String) };
  });
}

describe('mes() agrees with a plain voter-by-voter MES written from the definition', HEAVY, () => {
  test('plain MES: the same winners, in the same order, at the same cost', () => {
    fc.assert(
      fc.property(electionsOf(7, 12, 20), settings, (e, { utility, tie }) => {
        const o = mes(e, { utility, tie: tieOption(tie) });
        const want = oracleMes(e, utility, e.budget.divInt(BigInt(e.voters.length)), tie);
        expect(o.winners).toEqual(want.winners);
        expect(o.totalCost.toString()).toBe(want.cost.toString());
      }),
      { numRuns: 300 },
    );
  });

  test('each round: the same price ρ and the same payment from every voter', () => {
    fc.assert(
      fc.property(electionsOf(6, 10, 12), settings, fc.nat(4), (e, { utility, tie }, extra) => {
        const perVoter = e.budget.divInt(BigInt(e.voters.length)).add(Rational.int(extra));
        const want = oracleMes(e, utility, perVoter, tie)
          .rounds.filter((r) => !e.projects.find((p) => p.id === r.project)!.cost.isZero())
          .map((r) => ({ project: r.project, rho: r.rho.toString(), paid: r.paid.map(String) }));
        expect(engineRounds(e, utility, perVoter, tie)).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });

  test('add1 on tiny elections: the same final per-voter budget and outcome', () => {
    fc.assert(
      fc.property(electionsOf(5, 8, 10), settings, (e, { utility, tie }) => {
        const o = mes(e, { utility, tie: tieOption(tie), completion: 'add1' });
        const want = oracleAdd1(e, utility, tie);
        expect(o.mes!.perVoterBudget.toString()).toBe(want.perVoter.toString());
        expect(o.winners).toEqual(want.winners);
        expect(o.totalCost.toString()).toBe(want.cost.toString());
      }),
      { numRuns: 120 },
    );
  });
});
