import { Rational } from './rational.js';
import type { Election } from './election.js';

/**
 * A ballot shared by `weight` voters. Counting works on these groups, never on single voters:
 * Łódź 2022 has 90 494 voters but 23 571 distinct ballots.
 */
export interface BallotGroup {
  readonly weight: number;
  /** Project indices, in ballot order. */
  readonly items: readonly number[];
  /** Points parallel to `items` (cumulative/scoring), else null. */
  readonly points: readonly Rational[] | null;
  /** Indices (in election.voters) of the voters who cast this ballot. */
  readonly voters: readonly number[];
}

export interface Profile {
  readonly election: Election;
  /** Number of ballots, empty ones included. */
  readonly n: number;
  readonly groups: readonly BallotGroup[];
  /** For each project index: the groups whose ballot contains it. */
  readonly supporterGroups: readonly (readonly number[])[];
  /** For each project index: how many voters have it on their ballot. */
  readonly approvals: readonly number[];
  /** For each project index: sum of points (cumulative/scoring), or positional points (ordinal). */
  readonly points: readonly Rational[];
  readonly index: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Election, Profile>();

/** Groups identical ballots (cached per election object). */
export function profileOf(election: Election): Profile {
  const hit = cache.get(election);
  if (hit) return hit;
  const index = new Map<string, number>();
  election.projects.forEach((p, i) => index.set(p.id, i));
  const ordered = election.voteType === 'ordinal';
  const byKey = new Map<
    string,
    { weight: number; items: number[]; points: Rational[] | null; voters: number[] }
  >();
  election.voters.forEach((v, vi) => {
    let items = v.projects.map((id) => index.get(id) as number);
    let points = v.points ? [...v.points] : null;
    if (!ordered) {
      const order = items
        .map((_, k) => k)
        .sort((a, b) => (items[a] as number) - (items[b] as number));
      items = order.map((k) => items[k] as number);
      if (points) points = order.map((k) => (points as Rational[])[k] as Rational);
    }
    const key = points
      ? `${items.join(',')}|${points.map((p) => p.toString()).join(',')}`
      : items.join(',');
    const g = byKey.get(key);
    if (g) {
      g.weight++;
      g.voters.push(vi);
    } else byKey.set(key, { weight: 1, items, points, voters: [vi] });
  });
  const groups: BallotGroup[] = [...byKey.values()];
  const m = election.projects.length;
  const supporterGroups: number[][] = Array.from({ length: m }, () => []);
  const approvals = new Array<number>(m).fill(0);
  const points = new Array<Rational>(m).fill(Rational.ZERO);
  const maxLen = ordinalLength(election);
  groups.forEach((g, gi) => {
    g.items.forEach((p, k) => {
      (supporterGroups[p] as number[]).push(gi);
      approvals[p] = (approvals[p] as number) + g.weight;
      let pt: Rational;
      if (g.points) pt = g.points[k] as Rational;
      else if (ordered) pt = Rational.int(Math.max(maxLen - k, 0));
      else pt = Rational.ONE;
      points[p] = (points[p] as Rational).add(pt.mulInt(BigInt(g.weight)));
    });
  });
  const profile: Profile = {
    election,
    n: election.voters.length,
    groups,
    supporterGroups,
    approvals,
    points,
    index,
  };
  cache.set(election, profile);
  return profile;
}

/**
 * Positional points of ordinal ballots: the first choice gets L points, the next L−1, …, where L
 * is META `max_length` (or the longest ballot). Kraków 2018: ballots of 3 scored 3/2/1.
 */
export function ordinalLength(election: Election): number {
  const ml = Number(election.meta.get('max_length'));
  if (Number.isSafeInteger(ml) && ml > 0) return ml;
  let max = 0;
  for (const v of election.voters) max = Math.max(max, v.projects.length);
  return max;
}
