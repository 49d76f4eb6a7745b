import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  Rational,
  TieError,
  greedy,
  maximinSupport,
  mes,
  phragmen,
  type Completion,
  type Election,
  type TieCriterion,
  type Utility,
} from '../src/index.js';
import { DATA, HEAVY, load, readJson } from './paths.js';

/** "test/fixtures/pb/x.pb" (the equalshares repository's path) → our fixture file. */
function fixtureFile(key: string): string {
  if (key.includes('wieliczka')) return 'official/Poland_Wieliczka_2023_Green_Budget.pb';
  return 'fixtures/' + key.replace(/^test\/fixtures\//, '').replace('/', '__');
}

const sorted = (xs: readonly string[]): string[] => [...xs].sort();

interface WinnersRef {
  lexico_order: string[];
  winners: string[];
  total_cost?: number;
}

/** Reference files whose instance is not among the copied fixtures (asserted, not skipped). */
const NOT_COPIED = [
  'test/fixtures/pb_maximin/synthetic_approval_2.pb',
  'test/fixtures/pb_maximin/synthetic_approval_3.pb',
  'test/fixtures/pb_maximin/synthetic_approval_4.pb',
];

function available<T>(ref: Record<string, T>): [string, T][] {
  const entries = Object.entries(ref);
  const missing = entries.filter(([k]) => !existsSync(DATA + fixtureFile(k))).map(([k]) => k);
  expect(
    missing.every((k) => NOT_COPIED.includes(k)),
    `missing fixtures: ${missing.join(', ')}`,
  ).toBe(true);
  return entries.filter(([k]) => existsSync(DATA + fixtureFile(k)));
}

function checkLexicoOrder(e: Election, order: string[]): void {
  // pabutools' lexico order is the project ids sorted as strings: ours must agree.
  expect(sorted(e.projects.map((p) => p.id))).toEqual(order);
}

describe('pabutools MES with cost utilities (pabutools_reference.json)', HEAVY, () => {
  const ref = readJson<Record<string, WinnersRef>>('fixtures/pabutools_reference.json');
  test.each(available(ref))('%s', (key, r) => {
    const e = load(fixtureFile(key));
    checkLexicoOrder(e, r.lexico_order);
    const o = mes(e, { utility: 'cost' });
    expect(sorted(o.winners)).toEqual(sorted(r.winners));
    expect(o.totalCost.eq(Rational.int(r.total_cost!))).toBe(true);
  });
});

describe('pabutools MES with cost, cardinality and effort utilities', HEAVY, () => {
  const ref = readJson<Record<string, Record<string, string[]>>>(
    'fixtures/pabutools_satisfaction_reference.json',
  );
  const cases = available(ref).flatMap(([k, r]) =>
    (['cost', 'cardinality', 'effort'] as const).map((u) => [k, u, r[u]!] as const),
  );
  expect(cases.length).toBe(9);
  test.each(cases)('%s with %s utilities', (key, utility, winners) => {
    const o = mes(load(fixtureFile(key)), { utility: utility as Utility });
    expect(sorted(o.winners)).toEqual(sorted(winners));
  });
});

describe('pabutools greedy (cost and cardinality) and sequential Phragmén', HEAVY, () => {
  const ref = readJson<Record<string, Record<string, string[]>>>(
    'fixtures/pabutools_rules_reference.json',
  );
  const cases = available(ref).flatMap(([k, r]) =>
    (['greedy_cost', 'greedy_cardinality', 'phragmen'] as const).map(
      (rule) => [k, rule, r[rule]!] as const,
    ),
  );
  expect(cases.length).toBe(9);
  test.each(cases)('%s: %s', (key, rule, winners) => {
    const e = load(fixtureFile(key));
    const o =
      rule === 'phragmen'
        ? phragmen(e)
        : greedy(e, { score: rule === 'greedy_cost' ? 'votes' : 'votes-per-cost' });
    expect(sorted(o.winners)).toEqual(sorted(winners));
  });
});

describe('pabutools MES on cumulative, scoring and ordinal ballots', () => {
  const cardinal = readJson<Record<string, WinnersRef>>(
    'fixtures/pabutools_cardinal_reference.json',
  );
  const ordinal = readJson<Record<string, WinnersRef>>('fixtures/pabutools_ordinal_reference.json');
  test.each(available(cardinal))('%s (additive points)', (key, r) => {
    const e = load(fixtureFile(key));
    checkLexicoOrder(e, r.lexico_order);
    expect(sorted(mes(e, { utility: 'points' }).winners)).toEqual(sorted(r.winners));
  });
  test.each(available(ordinal))('%s (Borda)', (key, r) => {
    const e = load(fixtureFile(key));
    checkLexicoOrder(e, r.lexico_order);
    expect(sorted(mes(e, { utility: 'borda' }).winners)).toEqual(sorted(r.winners));
  });
});

describe('pabutools maximin support', () => {
  const ref = readJson<Record<string, WinnersRef>>('fixtures/pabutools_maximin_reference.json');
  test.each(available(ref))('%s', (key, r) => {
    const e = load(fixtureFile(key));
    expect(sorted(maximinSupport(e).winners)).toEqual(sorted(r.winners));
  });
});

interface ToolRef {
  fixture?: string;
  params: {
    tieBreaking: (TieCriterion | string[])[];
    completion: 'none' | 'utilitarian' | 'add1' | 'add1u';
    comparison: 'none' | 'satisfaction';
    increment: number;
    accuracy: string;
  };
  result?: { winners: string[]; totalCost: number; endowment: number };
  error?: string;
}

const COMPLETION: Record<ToolRef['params']['completion'], Completion> = {
  none: 'none',
  utilitarian: 'utilitarian',
  add1: 'add1-exhaustive',
  add1u: 'add1u',
};

function runTool(e: Election, p: ToolRef['params']) {
  return mes(e, {
    utility: 'cost',
    completion: COMPLETION[p.completion],
    increment: p.increment,
    comparison: p.comparison === 'satisfaction',
    tie: { kind: 'criteria', criteria: p.tieBreaking as TieCriterion[] },
    // The tool's completion sorts a JavaScript object's keys: integer ids in ascending order.
    completionTie: { kind: 'lowest-id' },
  });
}

describe('the equalshares compute tool (pb_reference.json, js_reference.json)', HEAVY, () => {
  const pbRef = readJson<Record<string, ToolRef>>('fixtures/pb_reference.json');
  const jsRef = readJson<Record<string, ToolRef>>('fixtures/js_reference.json');
  const cases: [string, string, ToolRef][] = [
    ...Object.entries(pbRef).map(
      ([k, r]) => [k, 'fixtures/pb__' + r.fixture, r] as [string, string, ToolRef],
    ),
    ...Object.entries(jsRef).map(
      ([k, r]) =>
        [`wieliczka::${k}`, 'official/Poland_Wieliczka_2023_Green_Budget.pb', r] as [
          string,
          string,
          ToolRef,
        ],
    ),
  ];
  expect(cases.length).toBe(26);
  test.each(cases)('%s', (_key, file, r) => {
    const e = load(file);
    if (r.error) {
      const m = /projects ([\w, ]+) could not/.exec(r.error);
      expect(() => runTool(e, r.params)).toThrow(TieError);
      try {
        runTool(e, r.params);
      } catch (err) {
        expect((err as TieError).projects.join(', ')).toBe(m![1]);
      }
      return;
    }
    const o = runTool(e, r.params);
    expect(sorted(o.winners)).toEqual(sorted(r.result!.winners));
    expect(o.totalCost.eq(Rational.int(r.result!.totalCost))).toBe(true);
    if (Number.isInteger(r.result!.endowment)) {
      expect(o.mes!.perVoterBudget.eq(Rational.int(r.result!.endowment))).toBe(true);
    }
  });
});
