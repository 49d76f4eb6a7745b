import { describe, expect, test } from 'vitest';
import { main } from '../src/cli.js';
import { DATA, HEAVY } from './paths.js';

function run(...args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(
    args,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const WIELICZKA = DATA + 'official/Poland_Wieliczka_2023_Green_Budget.pb';

describe('the pb CLI', HEAVY, () => {
  test('count prints the outcome with explanations', () => {
    const r = run('count', WIELICZKA, '--rule', 'mes', '--completion', 'add1', '--comparison');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Funded: 30 projects, 995,079 PLN of 1,000,000 PLN');
    expect(r.out).toContain('1615 voters prefer MES, 873 prefer greedy');
    expect(r.out).toMatch(/supporters had only .* left of the .* it needed/);
  });

  test('count --json gives exact amounts and statistics', () => {
    const r = run('count', WIELICZKA, '--rule', 'equalshares', '--json');
    const j = JSON.parse(r.out) as {
      outcome: { winners: string[]; totalCost: string };
      statistics: { votersWithFunded: number };
    };
    expect(j.outcome.winners).toHaveLength(21);
    expect(j.outcome.totalCost).toBe('450548');
    expect(j.statistics.votersWithFunded).toBe(6586 - 2352);
  });

  test('count --json lists the ten largest payment groups; --full-explanations every one', () => {
    type Bought = {
      explanation: { code: string; payments: unknown[]; paymentSummary: { groups: number } };
    };
    const bought = (r: { out: string }) =>
      (JSON.parse(r.out) as { outcome: { explanations: Bought[] } }).outcome.explanations
        .filter((x) => x.explanation.code === 'mes-selected')
        .map((x) => x.explanation);
    const summary = bought(run('count', WIELICZKA, '--rule', 'equalshares', '--json'));
    const full = bought(
      run('count', WIELICZKA, '--rule', 'equalshares', '--json', '--full-explanations'),
    );
    expect(summary.some((x) => x.paymentSummary.groups > 10)).toBe(true);
    summary.forEach((x, i) => {
      expect(x.payments).toHaveLength(Math.min(x.paymentSummary.groups, 10));
      expect(full[i]!.payments).toHaveLength(x.paymentSummary.groups);
    });
  });

  test('check validates and says the selected column is reproduced by the META rule', () => {
    const r = run('check', WIELICZKA);
    expect(r.code).toBe(0);
    expect(r.out).toContain('rule equalshares/add1-comparison: selected column reproduced');
  });

  test('compare shows both outcomes and who prefers which', () => {
    const r = run('compare', WIELICZKA, '--rules', 'greedy,equalshares/add1');
    expect(r.code).toBe(0);
    expect(r.out).toContain('voters preferring A: 873, B: 1615');
  });

  test.each([
    [[], 2, 'Usage'],
    [['count', WIELICZKA], 2, 'needs --rule'],
    [['count', WIELICZKA, '--rule', 'nope'], 2, 'unknown rule "nope"'],
    [
      ['count', WIELICZKA, '--rule', 'mes', '--completion', 'add2'],
      2,
      '--completion must be one of',
    ],
    [['count', WIELICZKA, '--rule', 'mes', '--bogus'], 2, 'unknown option --bogus'],
    [['count', '/nonexistent.pb', '--rule', 'mes'], 2, 'cannot read'],
    [['count', DATA + 'README.md', '--rule', 'mes'], 3, 'invalid .pb file'],
    [
      [
        'count',
        DATA + 'fixtures/pb__netherlands_amsterdam_2022_west.pb',
        '--rule',
        'mes',
        '--tie',
        'refuse',
      ],
      4,
      'tie between projects 44496, 44516',
    ],
  ])('usage and data errors give a clear message and exit code (%#)', (args, code, message) => {
    const r = run(...(args as string[]));
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
  });
});
