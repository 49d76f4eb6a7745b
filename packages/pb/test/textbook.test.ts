import { describe, expect, test } from 'vitest';
import { createElection, greedy, mes } from '../src/index.js';

const sorted = (xs: readonly string[]): string[] => [...xs].sort();
const ballots = (...spec: [string[], number][]): { projects: string[] }[] =>
  spec.flatMap(([projects, times]) => Array.from({ length: times }, () => ({ projects })));

describe('textbook cases from pabutools’ own tests', () => {
  test('cardinality and cost utilities disagree: {p0,p1,p3} vs {p0,p2}', () => {
    const e = createElection({
      budget: 4,
      projects: [
        { id: 'p0', cost: 1 },
        { id: 'p1', cost: '0.9' },
        { id: 'p2', cost: 2 },
        { id: 'p3', cost: '1.09' },
      ],
      voters: ballots([['p0'], 1], [['p1', 'p2', 'p3'], 2], [['p2'], 1]),
    });
    expect(sorted(mes(e, { utility: 'cardinality' }).winners)).toEqual(['p0', 'p1', 'p3']);
    expect(sorted(mes(e, { utility: 'cost' }).winners)).toEqual(['p0', 'p2']);
  });

  test('seven unit-cost projects, budget 4: plain MES buys only {a}', () => {
    const e = createElection({
      budget: 4,
      projects: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id, cost: 1 })),
      voters: ballots(
        [['a', 'b'], 3],
        [['a', 'c'], 3],
        [['a', 'd'], 2],
        [['b', 'c', 'f'], 1],
        [['e'], 1],
        [['f'], 1],
        [['g'], 1],
      ),
    });
    expect(mes(e, { utility: 'cost' }).winners).toEqual(['a']);
    expect(mes(e, { utility: 'cardinality' }).winners).toEqual(['a']);
  });

  test('MES with cost utilities gives {a}; completed by greedy it gives {a,b,c}', () => {
    const e = createElection({
      budget: 5,
      projects: [
        { id: 'a', cost: 1 },
        { id: 'b', cost: 2 },
        { id: 'c', cost: 2 },
        { id: 'd', cost: 1 },
        { id: 'e', cost: 1 },
        { id: 'f', cost: 1 },
      ],
      voters: ballots(
        [['a', 'b'], 2],
        [['a'], 1],
        [['a', 'c'], 3],
        [['a', 'd'], 2],
        [['f'], 1],
        [['e'], 1],
      ),
    });
    expect(mes(e, { utility: 'cost' }).winners).toEqual(['a']);
    const completed = mes(e, { utility: 'cost', completion: 'utilitarian' });
    expect(sorted(completed.winners)).toEqual(['a', 'b', 'c']);
    expect(completed.mes!.completionAdded).toEqual(['c', 'b']);
  });

  test('a free project gives no cost utility: MES cost {}, MES cardinality {p0}, greedy {p0,p2}', () => {
    const e = createElection({
      budget: 2,
      projects: [
        { id: 'p0', cost: 0 },
        { id: 'p1', cost: 1 },
        { id: 'p2', cost: 2 },
      ],
      voters: ballots([['p0'], 1], [['p0', 'p1', 'p2'], 1], [['p2'], 1]),
    });
    expect(mes(e, { utility: 'cost' }).winners).toEqual([]);
    expect(mes(e, { utility: 'cardinality' }).winners).toEqual(['p0']);
    expect(sorted(greedy(e).winners)).toEqual(['p0', 'p2']);
  });
});
