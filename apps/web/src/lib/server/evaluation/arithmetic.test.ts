import { describe, expect, test } from 'vitest';
import { planAll, planBalanced, type ProposalSlots } from './balance.ts';
import { rankByMean, spreads, weightedScore } from './scoring.ts';
import { csvCell, toCsv } from './csv.ts';

const slot = (id: string, over: Partial<ProposalSlots> = {}): ProposalSlots => ({
  id,
  authorIds: [],
  assigned: [],
  scorable: 0,
  ...over,
});

describe('balanced assignment', () => {
  test('every proposal gets N, and the load differs by at most one', () => {
    const proposals = ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => slot(id));
    const plan = planBalanced(proposals, ['a', 'b', 'c'], 2);
    expect(plan).toHaveLength(10);
    for (const p of proposals) {
      const on = plan.filter((x) => x.proposalId === p.id).map((x) => x.evaluatorId);
      expect(new Set(on).size).toBe(2);
    }
    const load = ['a', 'b', 'c'].map((e) => plan.filter((x) => x.evaluatorId === e).length);
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(1);
  });

  test('never an author on their own proposal, never someone already on it (conflicted too)', () => {
    const plan = planBalanced(
      [slot('p1', { authorIds: ['a'], assigned: ['b'], scorable: 0 })],
      ['a', 'b', 'c', 'd'],
      2,
    );
    expect(plan.map((x) => x.evaluatorId).sort()).toEqual(['c', 'd']);
  });

  test('tops up only what is missing, and stops when the pool runs out', () => {
    const plan = planBalanced(
      [slot('p1', { assigned: ['a'], scorable: 1 }), slot('p2', { authorIds: ['b'] })],
      ['a', 'b'],
      2,
    );
    expect(plan).toEqual([
      { proposalId: 'p2', evaluatorId: 'a' },
      { proposalId: 'p1', evaluatorId: 'b' },
    ]);
  });

  test('"all" puts everyone on every proposal but their own', () => {
    const plan = planAll([slot('p1', { authorIds: ['a'] }), slot('p2')], ['a', 'b']);
    expect(plan).toEqual([
      { proposalId: 'p1', evaluatorId: 'b' },
      { proposalId: 'p2', evaluatorId: 'a' },
      { proposalId: 'p2', evaluatorId: 'b' },
    ]);
  });
});

describe('scores', () => {
  const rubric = [
    { key: 'impact', weight: 3 },
    { key: 'feasibility', weight: 1 },
  ];

  test('the weighted score, and none while a criterion is missing', () => {
    expect(
      weightedScore(
        rubric,
        new Map([
          ['impact', 5],
          ['feasibility', 1],
        ]),
      ),
    ).toBe(4);
    expect(weightedScore(rubric, new Map([['impact', 5]]))).toBeNull();
  });

  test('spread over complete evaluations: mean, min, max, population SD, per criterion', () => {
    const row = (a: string, k: string, score: number) => ({
      proposalId: 'p',
      assignmentId: a,
      criterionKey: k,
      score,
    });
    const s = spreads(rubric, [
      row('x', 'impact', 5),
      row('x', 'feasibility', 5),
      row('y', 'impact', 1),
      row('y', 'feasibility', 1),
      row('z', 'impact', 4), // incomplete: does not count
    ]).get('p')!;
    expect(s).toMatchObject({ evaluators: 2, mean: 3, min: 1, max: 5, sd: 2 });
    expect(s.byCriterion).toEqual({ impact: 3, feasibility: 3 });
  });

  test('ranking: highest first, ties share a rank, unscored last without one', () => {
    const ranked = rankByMean([
      { id: 'a', mean: 3 },
      { id: 'b', mean: null },
      { id: 'c', mean: 4 },
      { id: 'd', mean: 3 },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['d', 2],
      ['b', null],
    ]);
  });
});

describe('CSV export', () => {
  test('formula-looking text is neutralised, quotes doubled, numbers kept', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tx')).toBe(`"'\tx"`);
    expect(csvCell('Fluturaș, „digital”')).toBe('"Fluturaș, „digital”"');
    expect(csvCell(3.5)).toBe('"3.5"');
    expect(toCsv([['a', 1]])).toBe('\uFEFF"a","1"\r\n');
  });
});
