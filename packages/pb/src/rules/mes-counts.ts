import type { Profile } from '../profile.js';
import type { UtilityTable } from './mes-table.js';

/**
 * A dense table of supporter counts (project × class) larger than this switches the run to
 * counts derived from the ballot groups (decision 109).
 */
export const DENSE_COUNTS_LIMIT = 32 * 1024 * 1024;

/** One (class, utility index) slot of a project's supporters and how many voters are in it. */
export interface Slot {
  c: number;
  u: number;
  w: number;
}

/**
 * Supporter counts per budget class, read from the ballot groups instead of being stored
 * (decision 109): the supporters of p in class c are the groups of p whose class is c. On
 * diverse ballots almost every group is a class of its own, and a dense project × class table
 * is mostly zeros (400 projects × 32 768 classes = 52 MB at 50 000 voters), while the
 * groups of p are what p's price needs anyway.
 */
export class GroupCounts {
  private acc = new Int32Array(256); // acc[c]: voters of the project being read in class c; 0 between reads
  private touched: number[] = [];

  constructor(
    private readonly profile: Profile,
    private readonly table: UtilityTable,
  ) {}

  /**
   * A one-utility project's classes, in the order of `rank` (the live classes by budget), into
   * outC/outW; returns how many. The same sequence the dense table gives walking the order.
   */
  byRank(
    p: number,
    groupClass: Int32Array,
    rank: readonly number[],
    outC: Int32Array,
    outW: Float64Array,
  ): number {
    const { start, flatU, weight } = this.table;
    const groups = this.profile.supporterGroups[p]!;
    const pos = this.table.pos[p]!;
    if (this.acc.length < rank.length) this.acc = new Int32Array(rank.length * 2);
    const { acc, touched } = this;
    touched.length = 0;
    for (let j = 0; j < groups.length; j++) {
      const g = groups[j]!;
      if (flatU[start[g]! + pos[j]!]! < 0) continue;
      const c = groupClass[g]!;
      if (acc[c] === 0) touched.push(c);
      acc[c]! += weight[g]!;
    }
    touched.sort((a, b) => rank[a]! - rank[b]!);
    for (let k = 0; k < touched.length; k++) {
      const c = touched[k]!;
      outC[k] = c;
      outW[k] = acc[c]!;
      acc[c] = 0;
    }
    return touched.length;
  }

  /** Every (class, utility) slot of p, in class-index order and then utility order. */
  slots(p: number, groupClass: Int32Array, Up: number): Slot[] {
    const { start, flatU, weight } = this.table;
    const groups = this.profile.supporterGroups[p]!;
    const pos = this.table.pos[p]!;
    const byKey = new Map<number, number>();
    for (let j = 0; j < groups.length; j++) {
      const g = groups[j]!;
      const u = flatU[start[g]! + pos[j]!]!;
      if (u < 0) continue;
      const key = groupClass[g]! * Up + u;
      byKey.set(key, (byKey.get(key) ?? 0) + weight[g]!);
    }
    return [...byKey.keys()]
      .sort((a, b) => a - b)
      .map((key) => ({ c: Math.floor(key / Up), u: key % Up, w: byKey.get(key)! }));
  }
}
