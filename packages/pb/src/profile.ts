import { Rational } from './rational.js';
import type { Election } from './election.js';
import { BallotsBuilder } from './ballots.js';

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
  /**
   * The ballot groups, flat (decision 110): group g's ballot is
   * groupItems[groupStart[g] .. groupStart[g + 1]) (sorted, except for ordinal ballots), cast by
   * groupWeight[g] voters; groupPoints parallel to groupItems (cumulative/scoring) or null.
   */
  readonly groupCount: number;
  readonly groupStart: Int32Array;
  readonly groupItems: Int32Array;
  readonly groupWeight: Int32Array;
  readonly groupPoints: readonly Rational[] | null;
  /** voterGroup[v] = the group of voter v. */
  readonly voterGroup: Int32Array;
  /** The groups as objects, made on first read (the rules on small elections, the tests). */
  readonly groups: readonly BallotGroup[];
  /** For each project index: the groups whose ballot contains it, in increasing order. */
  readonly supporterGroups: readonly Int32Array[];
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
  const ballots = election.ballots;
  const n = ballots.count;
  const voterGroup = new Int32Array(n);
  // The groups are written as the ballots are: one builder, one ballot per new group.
  const out = new BallotsBuilder(ballots.points !== null);
  const weights: number[] = [];
  const byKey = new Map<string, number>();
  const items: number[] = [];
  const points: Rational[] = [];
  for (let v = 0; v < n; v++) {
    const a = ballots.start[v]!;
    const b = ballots.start[v + 1]!;
    items.length = 0;
    points.length = 0;
    for (let t = a; t < b; t++) {
      items.push(ballots.items[t]!);
      if (ballots.points) points.push(ballots.points[t]!);
    }
    const pts = ballots.points ? points : null;
    if (!ordered) sortBallot(items, pts);
    const key = ballotKey(items, pts, m);
    let g = byKey.get(key);
    if (g === undefined) {
      g = weights.length;
      byKey.set(key, g);
      weights.push(0);
      items.forEach((p, k) => out.add(p, pts?.[k]));
      out.end();
    }
    weights[g]!++;
    voterGroup[v] = g;
  }
  const flat = out.finish();
  const G = weights.length;
  const groupWeight = Int32Array.from(weights);
  const approvals = new Array<number>(m).fill(0);
  for (let t = 0; t < flat.items.length; t++) approvals[flat.items[t]!]!++;
  const supporterGroups = approvals.map((k) => new Int32Array(k));
  approvals.fill(0);
  const filled = new Int32Array(m);
  const maxLen = ordered ? ordinalLength(election) : 0;
  // Points are integers unless ballots carry their own (cumulative, scoring): sum those exactly
  // as rationals, the rest as safe integers (at most voters × ballot length).
  const intPoints = new Array<number>(m).fill(0);
  const ratPoints: Rational[] | null = flat.points
    ? new Array<Rational>(m).fill(Rational.ZERO)
    : null;
  for (let g = 0; g < G; g++) {
    const w = groupWeight[g]!;
    const s0 = flat.start[g]!;
    for (let t = s0; t < flat.start[g + 1]!; t++) {
      const p = flat.items[t]!;
      supporterGroups[p]![filled[p]!++] = g;
      approvals[p]! += w;
      if (flat.points) {
        ratPoints![p] = ratPoints![p]!.add(flat.points[t]!.mulInt(BigInt(w)));
      } else intPoints[p]! += (ordered ? Math.max(maxLen - (t - s0), 0) : 1) * w;
    }
  }
  const profile = flatProfile({
    election,
    n,
    groupCount: G,
    groupStart: flat.start,
    groupItems: flat.items,
    groupWeight,
    groupPoints: flat.points,
    voterGroup,
    supporterGroups,
    approvals,
    points: intPoints.map((x, p) => {
      const r = Rational.int(x);
      return ratPoints ? ratPoints[p]!.add(r) : r;
    }),
    index,
  });
  cache.set(election, profile);
  return profile;
}

/** A profile whose `groups` objects are made from the flat arrays when first read. */
function flatProfile(parts: Omit<Profile, 'groups'>): Profile {
  let made: BallotGroup[] | null = null;
  return {
    ...parts,
    get groups(): readonly BallotGroup[] {
      if (made) return made;
      const { groupStart, groupItems, groupWeight, groupPoints } = parts;
      const voters: number[][] = Array.from({ length: parts.groupCount }, () => []);
      parts.voterGroup.forEach((g, v) => voters[g]!.push(v));
      return (made = voters.map((vs, g) => {
        const a = groupStart[g]!;
        const b = groupStart[g + 1]!;
        return {
          weight: groupWeight[g]!,
          items: Array.from(groupItems.subarray(a, b)),
          points: groupPoints ? groupPoints.slice(a, b) : null,
          voters: vs,
        };
      }));
    },
  };
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
  const { start, count } = election.ballots;
  let max = 0;
  for (let v = 0; v < count; v++) max = Math.max(max, start[v + 1]! - start[v]!);
  return max;
}
