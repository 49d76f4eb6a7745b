import { Rational } from '../rational.js';
import type { Profile } from '../profile.js';

/** How much a voter gains from a funded project, for the Method of Equal Shares. */
export type Utility = 'cost' | 'cardinality' | 'effort' | 'points' | 'borda';

/**
 * Utilities of every ballot group for every project on its ballot, stored as indices into a
 * per-project table of distinct values (approval utilities have one value per project).
 */
export interface UtilityTable {
  readonly kind: Utility;
  /** values[p] = the distinct positive utilities of project p. */
  readonly values: readonly Rational[][];
  /** total[p] = Σ weight · utility over supporters. */
  readonly total: readonly Rational[];
  /** pos[p][j] = position of p in the ballot of group supporterGroups[p][j]. */
  readonly pos: readonly Int32Array[];
  /** initial[p] = utility index → number of supporters with that utility. */
  readonly initial: readonly ReadonlyMap<number, number>[];
  /** The profile's flat groups: items of group g are flatItems[start[g] .. start[g+1]). */
  readonly start: Int32Array;
  readonly flatItems: Int32Array;
  /** Utility index of each flattened item (−1: no utility). */
  readonly flatU: Int32Array;
  readonly weight: Int32Array;
}

export function utilityTable(profile: Profile, kind: Utility): UtilityTable {
  const cached = tableCache.get(profile)?.get(kind);
  if (cached) return cached;
  const m = profile.election.projects.length;
  const { groupCount: G, groupStart: start, groupItems: flatItems, groupWeight: weight } = profile;
  const values: Rational[][] = Array.from({ length: m }, () => []);
  const total: Rational[] = new Array<Rational>(m).fill(Rational.ZERO);
  const flatU = new Int32Array(flatItems.length);
  const perProject = kind === 'cost' || kind === 'cardinality' || kind === 'effort';
  // A utility that depends on the project alone is computed once per project, not per item.
  const own = perProject ? projectUtilities(profile, kind) : null;
  const keyMaps: Map<string, number>[] | null = own
    ? null
    : Array.from({ length: m }, () => new Map());
  for (let g = 0; g < G; g++) {
    for (let t = start[g]!; t < start[g + 1]!; t++) {
      const p = flatItems[t]!;
      const u = own ? own[p]! : itemUtility(profile, g, t, kind);
      if (u.sign() <= 0) {
        flatU[t] = -1;
        continue;
      }
      let j: number;
      if (own) {
        j = 0;
        if (values[p]!.length === 0) values[p]!.push(u);
      } else {
        const key = u.toString();
        const seen = keyMaps![p]!.get(key);
        if (seen === undefined) {
          j = values[p]!.length;
          values[p]!.push(u);
          keyMaps![p]!.set(key, j);
        } else j = seen;
      }
      flatU[t] = j;
      if (!own) total[p] = total[p]!.add(u.mulInt(BigInt(weight[g]!)));
    }
  }
  if (own) {
    // Σ weight · u over supporters = u · (number of supporters) when u is the project's own.
    for (let p = 0; p < m; p++) {
      if (values[p]!.length > 0) total[p] = own[p]!.mulInt(BigInt(profile.approvals[p]!));
    }
  }
  // pos[p][j]: supporterGroups[p] lists groups in increasing order, so walking the groups in
  // order and counting per project gives each position without searching the ballot.
  const pos = profile.supporterGroups.map((gs) => new Int32Array(gs.length));
  const initialCounts = values.map((v) => new Float64Array(v.length));
  const seenOf = new Int32Array(m);
  for (let g = 0; g < G; g++) {
    for (let t = start[g]!; t < start[g + 1]!; t++) {
      const p = flatItems[t]!;
      pos[p]![seenOf[p]!++] = t - start[g]!;
      const u = flatU[t]!;
      if (u >= 0) initialCounts[p]![u]! += weight[g]!;
    }
  }
  const initial = initialCounts.map((counts) => {
    const out = new Map<number, number>();
    counts.forEach((x, u) => {
      if (x > 0) out.set(u, x);
    });
    return out;
  });
  const table = { kind, values, total, pos, initial, start, flatItems, flatU, weight };
  let byKind = tableCache.get(profile);
  if (!byKind) tableCache.set(profile, (byKind = new Map()));
  byKind.set(kind, table);
  return table;
}

const tableCache = new WeakMap<Profile, Map<Utility, UtilityTable>>();

/** The utility of a project to each of its supporters, when it does not depend on the ballot. */
function projectUtilities(profile: Profile, kind: 'cost' | 'cardinality' | 'effort'): Rational[] {
  return profile.election.projects.map((project, p) => {
    if (kind === 'cost') return project.cost;
    if (kind === 'cardinality') return Rational.ONE;
    const approvals = profile.approvals[p]!;
    return approvals === 0 ? Rational.ZERO : project.cost.divInt(BigInt(approvals));
  });
}

/** The utility of item t (of group g's ballot) for utilities that depend on the ballot. */
function itemUtility(profile: Profile, g: number, t: number, kind: Utility): Rational {
  if (kind === 'points') {
    if (!profile.groupPoints)
      throw new Error('points utilities need cumulative or scoring ballots');
    return profile.groupPoints[t]!;
  }
  return Rational.int(profile.groupStart[g + 1]! - t - 1); // borda
}
