import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  PbParseError,
  Rational,
  createElection,
  greedy,
  mes,
  parsePb,
  phragmen,
  writePb,
  type Election,
} from '../src/index.js';
import { runMes, utilityTable } from '../src/rules/mes-core.js';
import { profileOf } from '../src/profile.js';
import { HEAVY } from './paths.js';

/** Small random approval elections: up to 7 projects, 12 voters, integer costs. */
const elections = fc
  .record({
    costs: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 7 }),
    budget: fc.integer({ min: 0, max: 60 }),
    ballots: fc.array(fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }), {
      minLength: 1,
      maxLength: 12,
    }),
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

const costOf = (e: Election, ids: readonly string[]): Rational =>
  Rational.sum(ids.map((id) => e.projects.find((p) => p.id === id)!.cost));

describe('on random small elections', HEAVY, () => {
  test('every rule stays within the budget', () => {
    fc.assert(
      fc.property(elections, (e) => {
        for (const o of [
          greedy(e),
          greedy(e, { onMisfit: 'stop' }),
          mes(e),
          mes(e, { utility: 'cardinality' }),
          mes(e, { completion: 'add1' }),
          mes(e, { completion: 'add1u', comparison: true }),
          phragmen(e),
        ]) {
          expect(o.totalCost.le(e.budget)).toBe(true);
          expect(costOf(e, o.winners).eq(o.totalCost)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('greedy leaves no affordable project out', () => {
    fc.assert(
      fc.property(elections, (e) => {
        const o = greedy(e);
        const left = e.budget.sub(o.totalCost);
        for (const p of e.projects)
          if (!o.winners.includes(p.id)) expect(p.cost.gt(left)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('MES with cost utilities never charges a voter more than they hold', () => {
    fc.assert(
      fc.property(elections, fc.integer({ min: 0, max: 5 }), (e, extra) => {
        const profile = profileOf(e);
        const table = utilityTable(profile, 'cost');
        const perVoter = e.budget.divInt(BigInt(profile.n)).add(Rational.int(extra));
        const eligible = new Set(e.projects.map((_, i) => i));
        const run = runMes(profile, table, perVoter, eligible, { kind: 'pabutools' }, true);
        // replay the payments voter group by group
        const left = profile.groups.map(() => perVoter);
        for (const r of run.rounds!) {
          let collected = Rational.ZERO;
          for (const pay of r.payments)
            collected = collected.add(pay.amountPerVoter.mulInt(BigInt(pay.voters)));
          expect(collected.eq(e.projects[r.project]!.cost)).toBe(true);
          profile.supporterGroups[r.project]!.forEach((g) => {
            const pay = Rational.min(left[g]!, r.rho.mul(e.projects[r.project]!.cost));
            expect(pay.le(left[g]!)).toBe(true);
            left[g] = left[g]!.sub(pay);
            expect(left[g]!.sign()).toBeGreaterThanOrEqual(0);
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  test('writing then reading gives the same election back', () => {
    fc.assert(
      fc.property(elections, (e) => {
        const back = parsePb(writePb(e));
        expect(back.budget.eq(e.budget)).toBe(true);
        expect(back.projects.map((p) => [p.id, p.cost.toString()])).toEqual(
          e.projects.map((p) => [p.id, p.cost.toString()]),
        );
        expect(back.voters.map((v) => v.projects)).toEqual(e.voters.map((v) => v.projects));
        expect(writePb(back)).toBe(writePb(e));
      }),
      { numRuns: 100 },
    );
  });

  test('random byte strings never crash the parser with anything but PbParseError', () => {
    const noise = fc.oneof(
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
      fc.string({ maxLength: 300 }),
      // mutations of a valid file reach deeper into the parser
      fc.tuple(fc.nat(400), fc.string({ maxLength: 8 })).map(([at, s]) => {
        const base =
          'META\nkey;value\nbudget;10\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;5\n2;"7,5"\nVOTES\nvoter_id;vote;points\nv1;1,2;1,2\n';
        const i = at % base.length;
        return base.slice(0, i) + s + base.slice(i + 1);
      }),
    );
    fc.assert(
      fc.property(noise, (text) => {
        try {
          parsePb(text);
        } catch (err) {
          expect(err).toBeInstanceOf(PbParseError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
