import { describe, expect, test } from 'vitest';
import {
  Rational,
  compareOutcomes,
  explainText,
  greedy,
  mes,
  cluj,
  greedyEnvelopes,
  createElection,
  statistics,
  PAYMENTS_LISTED,
  type Outcome,
} from '../src/index.js';
import { HEAVY, load } from './paths.js';

describe('explanations a citizen can read', HEAVY, () => {
  const e = load('official/Poland_Wieliczka_2023_Green_Budget.pb');
  const o = mes(e, { completion: 'add1' });

  test('every project has one, and winners say what each supporter paid', () => {
    expect(o.explanations).toHaveLength(e.projects.length);
    for (const x of o.explanations) {
      if (!x.selected) continue;
      expect(x.explanation.code).toBe('mes-selected');
      if (x.explanation.code !== 'mes-selected') continue;
      const listed = x.explanation.payments.reduce(
        (s, p) => s.add(p.amountPerVoter.mulInt(BigInt(p.voters))),
        Rational.ZERO,
      );
      const { groups, total } = x.explanation.paymentSummary;
      expect(x.explanation.payments).toHaveLength(Math.min(groups, PAYMENTS_LISTED));
      expect(total.eq(x.cost)).toBe(true);
      expect(groups > PAYMENTS_LISTED ? listed.lt(x.cost) : listed.eq(x.cost)).toBe(true);
    }
  });

  test('MES losers: their supporters had only Y of the Z needed, and what they spent it on', () => {
    const losers = o.explanations.filter((x) => x.explanation.code === 'mes-unaffordable');
    expect(losers.length).toBeGreaterThan(0);
    for (const x of losers) {
      if (x.explanation.code !== 'mes-unaffordable') continue;
      expect(x.explanation.supportersHad.lt(x.explanation.needed)).toBe(true);
      expect(x.explanation.needed.eq(x.cost)).toBe(true);
    }
    const withSpending = losers.find(
      (x) => x.explanation.code === 'mes-unaffordable' && x.explanation.spentOn.length > 0,
    )!;
    const text = explainText(withSpending, { currency: 'PLN' });
    expect(text).toMatch(/supporters had only [\d,.]+ PLN left of the [\d,]+ PLN it needed/);
    expect(text).toContain('They had spent their share on funded projects they also supported');
  });

  test('greedy losers say how much was left at their turn', () => {
    const g = greedy(e);
    const miss = g.explanations.find((x) => x.explanation.code === 'greedy-did-not-fit')!;
    expect(explainText(miss, { currency: 'PLN' })).toMatch(
      /only [\d,]+ PLN was left when its turn came/,
    );
  });
});

describe('summarised payments (decision 108)', HEAVY, () => {
  // Diverse ballots: most supporters who gave all they had left paid an amount of their own.
  const r = seeded(11);
  const e = createElection({
    budget: 3000,
    projects: Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, cost: 100 + 37 * i })),
    voters: Array.from({ length: 400 }, () => ({
      projects: Array.from({ length: 12 }, (_, i) => `p${i}`).filter(() => r() < 0.35),
    })),
  });
  const summary = mes(e);
  const full = mes(e, { explanations: 'full' });
  const bought = (o: Outcome) =>
    o.explanations.flatMap((p) => (p.explanation.code === 'mes-selected' ? [p.explanation] : []));

  test('the same outcome; the summary lists the ten largest groups and sums up every one', () => {
    expect(summary.winners).toEqual(full.winners);
    const all = bought(full);
    expect(all.some((x) => x.payments.length > PAYMENTS_LISTED)).toBe(true);
    bought(summary).forEach((s, i) => {
      const f = all[i]!;
      const sum = s.paymentSummary;
      expect(sum).toEqual(f.paymentSummary);
      expect(sum.groups).toBe(f.payments.length);
      // supporters left with nothing pay nothing, and are in no group
      expect(sum.voters).toBeLessThanOrEqual(s.supporters);
      const paid = f.payments.map((p) => p.amountPerVoter.mulInt(BigInt(p.voters)));
      expect(sum.total.eq(Rational.sum(paid))).toBe(true);
      const amounts = f.payments.map((p) => p.amountPerVoter);
      expect(sum.least.eq(amounts.reduce((a, b) => Rational.min(a, b)))).toBe(true);
      expect(sum.most.eq(amounts.reduce((a, b) => Rational.max(a, b)))).toBe(true);
      const gaveAll = f.payments.filter((p) => p.gaveAllTheyHad);
      expect(sum.gaveAllTheyHad).toEqual({
        groups: gaveAll.length,
        voters: gaveAll.reduce((n, p) => n + p.voters, 0),
      });
      expect(s.payments).toEqual(f.payments.slice(0, PAYMENTS_LISTED));
      for (let k = 1; k < f.payments.length; k++)
        expect(f.payments[k - 1]!.voters).toBeGreaterThanOrEqual(f.payments[k]!.voters);
    });
  });

  test('the English text names the groups it does not list', () => {
    const text = (o: Outcome) =>
      o.explanations
        .filter((p) => p.explanation.code === 'mes-selected')
        .map((p) => explainText(p));
    const many = bought(summary).findIndex((x) => x.paymentSummary.groups > PAYMENTS_LISTED);
    expect(text(summary)[many]).toMatch(
      /; and \d+ more in \d+ other groups, each paying between [\d.,]+ and [\d.,]+\./,
    );
    expect(text(full)[many]).not.toContain('other group');
  });
});

/** mulberry32: the same ballots on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('statistics and comparison', HEAVY, () => {
  test('Wieliczka: 4 234 voters have a funded project under plain MES', () => {
    const e = load('official/Poland_Wieliczka_2023_Green_Budget.pb');
    const s = statistics(e, mes(e));
    expect(s.votersWithFunded).toBe(6586 - 2352);
    expect(s.distribution[1]).toBe(2469);
    expect(s.budgetShare.eq(Rational.of(450548n, 1000000n))).toBe(true);
    expect(s.avgFundedApproved.toNumber()).toBeCloseTo(1.086547221378682, 12);
  });

  test('comparing greedy with MES on Wieliczka', () => {
    const e = load('official/Poland_Wieliczka_2023_Green_Budget.pb');
    const c = compareOutcomes(e, mes(e, { completion: 'add1' }), greedy(e));
    expect([c.prefersA, c.prefersB]).toEqual([1615, 873]);
    expect(c.both.length + c.onlyA.length).toBe(30);
  });
});

describe('Cluj-Napoca and envelopes', HEAVY, () => {
  const e = createElection({
    budget: 100,
    projects: [
      { id: 'a', cost: 40, categories: ['mobility'] },
      { id: 'b', cost: 40, categories: ['mobility'] },
      { id: 'c', cost: 30, categories: ['culture'] },
      { id: 'd', cost: 10, categories: ['culture'] },
      { id: 'e', cost: 50, categories: ['green'] },
    ],
    voters: [
      { projects: ['a', 'b', 'd'] },
      { projects: ['a', 'b'] },
      { projects: ['a', 'b', 'c'] },
      { projects: ['b', 'd'] },
      { projects: ['e'] },
    ],
  });
  test('the top project of each domain first, then the rest by votes, up to N', () => {
    const o = cluj(e, { maxWinners: 4 });
    expect(o.winners).toEqual(['b', 'd', 'e', 'a']);
    expect(o.explanations.find((x) => x.projectId === 'c')!.explanation).toMatchObject({
      code: 'cluj-not-selected',
      reason: 'winner-limit',
    });
    expect(cluj(e, { maxWinners: 4, withinBudget: true }).winners).toEqual(['b', 'd', 'e']);
  });
  test('greedy within per-category envelopes', () => {
    const o = greedyEnvelopes(e, {
      envelopes: new Map([
        ['mobility', Rational.int(50)],
        ['culture', Rational.int(20)],
        ['green', Rational.int(50)],
      ]),
    });
    expect(o.winners).toEqual(['b', 'd', 'e']);
    expect(
      greedyEnvelopes(e, {
        envelopes: new Map([['mobility', Rational.int(90)]]),
        leftover: 'greedy',
      }).winners,
    ).toEqual(['b', 'a', 'd']);
  });
  test('Amsterdam 179: envelopes from META stay within each category budget', () => {
    const a = load('official/Netherlands_Amsterdam_179.pb');
    const o = greedyEnvelopes(a);
    expect(o.totalCost.le(a.budget)).toBe(true);
  });
});
