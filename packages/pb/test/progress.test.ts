import { describe, expect, test } from 'vitest';
import { AbortError, count, mes, type CountProgress } from '../src/index.js';
import { main, type ProgressStream } from '../src/cli.js';
import { DATA, HEAVY, load } from './paths.js';

const ASSEN = 'official/Netherlands_Assen_2024.pb';

describe('a long count reports progress', HEAVY, () => {
  test('add1: every run starts at round 0 and counts its rounds; steps and budget only grow', () => {
    const seen: CountProgress[] = [];
    const o = mes(load(ASSEN), { completion: 'add1', onProgress: (p) => seen.push(p) });
    const starts = seen.filter((p) => p.round === 0);
    // every run of the walk, then the run that records the explanations
    expect(starts).toHaveLength(o.mes!.evaluated + 1);
    expect(starts.at(-1)!.perVoter.eq(o.mes!.perVoterBudget)).toBe(true);
    // the walk; the last run goes back to the budget it kept, which can be below the last tried
    const walk = seen.slice(0, seen.lastIndexOf(starts.at(-1)!));
    for (let i = 1; i < walk.length; i++) {
      const [a, b] = [walk[i - 1]!, walk[i]!];
      if (b.round === 0) {
        expect(b.evaluated).toBe(a.evaluated + 1);
        expect(b.steps).toBeGreaterThanOrEqual(a.steps);
        expect(b.perVoter.ge(a.perVoter)).toBe(true);
      } else {
        expect(b.round).toBe(a.round + 1);
        expect([b.steps, b.evaluated, b.perVoter]).toEqual([a.steps, a.evaluated, a.perVoter]);
      }
    }
    expect(seen.at(-1)!.steps).toBe(o.mes!.runs);
  });

  test('plain MES: one run, one report per project bought', () => {
    const seen: CountProgress[] = [];
    const o = mes(load(ASSEN), { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.round)).toEqual(seen.map((_, k) => k));
    expect(seen.at(-1)!.round).toBe(o.winners.length);
    expect(seen.every((p) => p.steps === 1 && p.evaluated === 1)).toBe(true);
  });
});

describe('a count can be cancelled', HEAVY, () => {
  test('aborted during a round: AbortError carrying the reason, and nothing after it', () => {
    const stop = new AbortController();
    const reason = new Error('cancelled by the user');
    let calls = 0;
    let error: unknown;
    try {
      mes(load(ASSEN), {
        completion: 'add1',
        signal: stop.signal,
        onProgress: (p) => {
          calls++;
          if (p.evaluated === 2 && p.round === 3) stop.abort(reason);
        },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toBe(reason);
    expect((error as AbortError).message).toBe('cancelled by the user');
    // the first run's reports, then the second run's rounds 0 to 3: not one more
    expect(calls).toBe(callsUntil(2, 3));
  });

  test.each(['greedy', 'equalshares', 'equalshares/add1', 'phragmen'] as const)(
    'an already aborted signal stops %s before it counts',
    (rule) => {
      const reason = 'timed out';
      expect(() => count(load(ASSEN), rule, { signal: AbortSignal.abort(reason) })).toThrow(
        AbortError,
      );
    },
  );
});

/** How many reports a plain add1 count makes up to run `run`, round `round`, inclusive. */
function callsUntil(run: number, round: number): number {
  let calls = 0;
  let reached = false;
  try {
    mes(load(ASSEN), {
      completion: 'add1',
      onProgress: (p) => {
        calls++;
        if (p.evaluated === run && p.round === round) {
          reached = true;
          throw new Error('stop');
        }
      },
    });
  } catch {
    // stopped where asked
  }
  expect(reached).toBe(true);
  return calls;
}

describe('the CLI shows progress on a terminal only', HEAVY, () => {
  const file = DATA + ASSEN;
  const run = (stream: ProgressStream): number =>
    main(
      ['count', file, '--rule', 'equalshares/add1'],
      () => {},
      () => {},
      stream,
    );

  test('a terminal gets one rewritten line, cleared at the end', () => {
    const written: string[] = [];
    expect(run({ isTTY: true, write: (s) => written.push(s) })).toBe(0);
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(written[0]).toMatch(
      /^\r\x1b\[K MES: 1 step\(s\), 1 run\(s\), per-voter budget [\d.]+, round 0$/,
    );
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  test('a pipe or a file gets nothing', () => {
    const written: string[] = [];
    expect(run({ isTTY: false, write: (s) => written.push(s) })).toBe(0);
    expect(written).toEqual([]);
  });
});
