import { describe, expect, test } from 'vitest';
import { Rational, greedy, mes, preferenceCount, profileOf, type Election } from '../src/index.js';
import { HEAVY, load } from './paths.js';

/** The city's decision: the `selected` column (1 = funded). */
function selectedColumn(e: Election): string[] {
  return e.projects
    .filter((p) => p.fields.get('selected')?.trim() === '1')
    .map((p) => p.id)
    .sort();
}
const sorted = (xs: readonly string[]): string[] => [...xs].sort();

describe('Method of Equal Shares as the cities counted', HEAVY, () => {
  test('Assen 2024: MES with add1 gives the 9 funded projects, 76 700 EUR', () => {
    const e = load('official/Netherlands_Assen_2024.pb');
    const o = mes(e, { completion: 'add1' });
    expect(sorted(o.winners)).toEqual(selectedColumn(e));
    expect(o.winners).toHaveLength(9);
    expect(o.totalCost.eq(Rational.int(76_700))).toBe(true);
  });

  test('Świecie 2023: the eligibility threshold removes c22, then MES with add1: 17 projects, 1 040 337 PLN', () => {
    const e = load('official/Poland_Swiecie_2023.pb');
    const o = mes(e, { completion: 'add1', eligibility: { supportShareFactor: 3 } });
    expect(o.mes!.eligibilityRemoved).toEqual(['c22']);
    expect(sorted(o.winners)).toEqual(selectedColumn(e));
    expect(o.winners).toHaveLength(17);
    expect(o.totalCost.eq(Rational.int(1_040_337))).toBe(true);
    const c22 = o.explanations.find((x) => x.projectId === 'c22')!;
    expect(c22.explanation.code).toBe('ineligible');
  });

  describe('Wieliczka 2023 Green Budget: the three add1 definitions disagree', () => {
    const e = (): Election => load('official/Poland_Wieliczka_2023_Green_Budget.pb');
    test("pabulib's add1 and the comparison step: 30 projects, 995 079 PLN (the official result)", () => {
      const o = mes(e(), { completion: 'add1', comparison: true });
      expect(o.winners).toHaveLength(30);
      expect(o.totalCost.eq(Rational.int(995_079))).toBe(true);
      expect(sorted(o.winners)).toEqual(selectedColumn(e()));
      expect(o.mes!.comparison).toEqual({
        prefersMes: 1615,
        prefersGreedy: 873,
        switchedToGreedy: false,
      });
    });
    test('add1 with the exhaustiveness stop: 31 projects, 984 579 PLN', () => {
      const o = mes(e(), { completion: 'add1-exhaustive' });
      expect(o.winners).toHaveLength(31);
      expect(o.totalCost.eq(Rational.int(984_579))).toBe(true);
    });
    test('plain MES: 21 projects, 450 548 PLN', () => {
      const o = mes(e(), {});
      expect(o.winners).toHaveLength(21);
      expect(o.totalCost.eq(Rational.int(450_548))).toBe(true);
    });
    test('the comparison counts every ballot: 1 615 voters prefer MES, 873 greedy', () => {
      const w = e();
      const p = profileOf(w);
      const m = mes(w, { completion: 'add1' }).winners.map((id) => p.index.get(id)!);
      const g = greedy(w, { score: 'votes' }).winners.map((id) => p.index.get(id)!);
      const c = preferenceCount(p, m, g);
      expect([c.prefersA, c.prefersB]).toEqual([1615, 873]);
      expect(c.prefersA + c.prefersB + c.indifferent).toBe(6586);
    });
  });
});

describe('greedy files reproduce their selected column', HEAVY, () => {
  test.each([
    ['official/Poland_Warszawa_2017_Plac_Wojska_Polskiego.pb'],
    ['official/Poland_Warszawa_2023_Mokotow.pb'],
    ['official/poland_lodz_2022_.pb'],
  ])('%s (greedy by votes, skipping what does not fit)', (file) => {
    const e = load(file);
    expect(e.meta.get('rule')).toBe('greedy');
    expect(sorted(greedy(e).winners)).toEqual(selectedColumn(e));
  });

  test('Katowice 2020: cumulative points, greedy among projects with score ≥ 50', () => {
    const e = load('official/Poland_Katowice_2020_Szopienice-Burowiec.pb');
    const o = greedy(e, { threshold: 'meta' });
    expect(sorted(o.winners)).toEqual(selectedColumn(e));
    expect(o.rule).toContain('score ≥ 50');
    for (const x of o.explanations) {
      if (x.explanation.code === 'greedy-selected')
        expect(x.explanation.score.ge(Rational.int(50))).toBe(true);
    }
  });

  test('Gdynia 2022: greedy that stops at the first project that does not fit', () => {
    const e = load('official/Poland_Gdynia_2022_Kamienna_Gora__small.pb');
    const o = greedy(e, { onMisfit: 'stop', threshold: 'meta' });
    expect(sorted(o.winners)).toEqual(selectedColumn(e));
  });
});

describe('other official files count without errors', HEAVY, () => {
  test.each([
    ['official/Poland_Krakow_2018_Wzgorza_Krzeslawickie.pb'],
    ['official/poland_czestochowa_2020_grabowka.pb'],
    ['official/france_toulouse_2019_.pb'],
    ['official/Switzerland_Zurich_D10.pb'],
    ['official/US_Stanford_Dataset_PB_Chicago_33rd_Ward_2020_vote_knapsacks.pb'],
  ])('%s: greedy and MES stay within the budget', (file) => {
    const e = load(file);
    for (const o of [greedy(e), mes(e), mes(e, { completion: 'add1' })]) {
      expect(o.totalCost.le(e.budget)).toBe(true);
      expect(o.winners.length).toBeGreaterThan(0);
    }
  });
});
