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
  const m = election.projects.length;
  const groups: {
    weight: number;
    items: number[];
    points: Rational[] | null;
    voters: number[];
  }[] = [];
  const byKey = new Map<string, number>();
  const voters = election.voters;
  for (let vi = 0; vi < voters.length; vi++) {
    const v = voters[vi]!;
    const len = v.projects.length;
    const items = new Array<number>(len);
    for (let k = 0; k < len; k++) items[k] = index.get(v.projects[k]!)!;
    const points = v.points ? [...v.points] : null;
    if (!ordered) sortBallot(items, points);
    const key = ballotKey(items, points, m);
    const gi = byKey.get(key);
    if (gi === undefined) {
      byKey.set(key, groups.length);
      groups.push({ weight: 1, items, points, voters: [vi] });
    } else {
      const g = groups[gi]!;
      g.weight++;
      g.voters.push(vi);
    }
  }
  const supporterGroups: number[][] = Array.from({ length: m }, () => []);
  const approvals = new Array<number>(m).fill(0);
  const maxLen = ordered ? ordinalLength(election) : 0;
  // Points are integers unless ballots carry their own (cumulative, scoring): sum those exactly
  // as rationals, the rest as safe integers (at most voters × ballot length).
  const intPoints = new Array<number>(m).fill(0);
  const ratPoints: Rational[] | null = groups.some((g) => g.points)
    ? new Array<Rational>(m).fill(Rational.ZERO)
    : null;
  groups.forEach((g, gi) => {
    g.items.forEach((p, k) => {
      supporterGroups[p]!.push(gi);
      approvals[p]! += g.weight;
      if (g.points) {
        ratPoints![p] = ratPoints![p]!.add(g.points[k]!.mulInt(BigInt(g.weight)));
      } else intPoints[p]! += (ordered ? Math.max(maxLen - k, 0) : 1) * g.weight;
    });
  });
  const points = intPoints.map((x, p) => {
    const r = Rational.int(x);
    return ratPoints ? ratPoints[p]!.add(r) : r;
  });
  const profile: Profile = {
    election,
    n: voters.length,
    groups,
    supporterGroups,
    approvals,
    points,
    index,
  };
  cache.set(election, profile);
  return profile;
}

/** Sorts a ballot's project indices (ballots are short: insertion sort), points alongside. */
function sortBallot(items: number[], points: Rational[] | null): void {
  for (let i = 1; i < items.length; i++) {
    const x = items[i]!;
    const px = points ? points[i]! : null;
    let j = i - 1;
    while (j >= 0 && items[j]! > x) {
      items[j + 1] = items[j]!;
      if (points) points[j + 1] = points[j]!;
      j--;
    }
    items[j + 1] = x;
    if (points) points[j + 1] = px!;
  }
}

/**
 * A short string that identifies a ballot: one UTF-16 code unit per project index when the
 * indices fit (hashing 5 code units is cheaper than hashing "12,104,7,…"), then the points.
 * The length comes first so that the points never blur into the items.
 */
function ballotKey(
  items: readonly number[],
  points: readonly Rational[] | null,
  m: number,
): string {
  let key: string;
  if (m <= 0xffff && items.length <= 0xffff) {
    key = String.fromCharCode(items.length);
    for (const p of items) key += String.fromCharCode(p);
  } else key = `${items.length}:${items.join(',')}`;
  if (points) key += `|${points.map((x) => x.toString()).join(',')}`;
  return key;
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
