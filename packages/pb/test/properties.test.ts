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

const utilities = fc.constantFrom<'cost' | 'cardinality'>('cost', 'cardinality');

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

  test("MES: the engine's own payments come out of each voter's balance and pay each cost", () => {
    fc.assert(
      fc.property(elections, fc.integer({ min: 0, max: 5 }), utilities, (e, extra, utility) => {
        const profile = profileOf(e);
        const table = utilityTable(profile, utility);
        const perVoter = e.budget.divInt(BigInt(profile.n)).add(Rational.int(extra));
        const eligible = new Set(e.projects.map((_, i) => i));
        const run = runMes(profile, table, perVoter, eligible, { kind: 'pabutools' }, true);
        // Follow every ballot group's balance through the engine's own payments, round by round.
        const left = profile.groups.map(() => perVoter);
        for (const r of run.rounds!) {
          const share = r.rho.mul(table.values[r.project]![0]!);
          let collected = Rational.ZERO;
          profile.groups.forEach((g, gi) => {
            const k = g.items.indexOf(r.project);
            const pay = k < 0 ? null : run.paid!(profile.groupStart[gi]! + k);
            if (k < 0) return;
            expect(pay, 'a supporter without a recorded payment').not.toBeNull();
            expect(pay!.le(left[gi]!), 'paid more than the balance').toBe(true);
            // The equal share ρ·u, unless the voter cannot afford it: then all they had.
            if (!pay!.eq(share)) {
              expect(pay!.lt(share)).toBe(true);
              expect(pay!.eq(left[gi]!), 'paid less than the share but kept money').toBe(true);
            }
            left[gi] = left[gi]!.sub(pay!);
            collected = collected.add(pay!.mulInt(BigInt(g.weight)));
          });
          expect(collected.eq(e.projects[r.project]!.cost), 'payments ≠ cost').toBe(true);
          // The summary the explanations show adds up to the same payments.
          const summary = Rational.sum(
            r.payments.map((x) => x.amountPerVoter.mulInt(BigInt(x.voters))),
          );
          expect(summary.eq(collected)).toBe(true);
        }
        // What the engine says is left matches the balances it charged.
        const last = run.rounds!.at(-1);
        if (last) {
          const held = Rational.sum(
            left.map((x, gi) => x.mulInt(BigInt(profile.groups[gi]!.weight))),
          );
          expect(held.eq(last.remainingAfter)).toBe(true);
        }
      }),
      { numRuns: 200 },
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
