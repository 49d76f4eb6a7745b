import type { Rational } from './rational.js';

/**
 * Every ballot of an election in three flat arrays (decision 110): voter v's ballot is
 * `items[start[v] .. start[v + 1])`, project indices in ballot order, with its points (cumulative
 * and scoring ballots) at the same positions of `points`. A voter costs 4 bytes of offset and
 * 4 per project chosen, where a `Voter` object with its arrays and strings cost ≈ 400 bytes.
 */
export interface Ballots {
  /** Number of ballots, empty ones included. */
  readonly count: number;
  readonly start: Int32Array;
  readonly items: Int32Array;
  /** Parallel to `items` (cumulative/scoring), else null. */
  readonly points: readonly Rational[] | null;
}

/** Appends ballots one project at a time; `finish` trims the arrays to what was written. */
export class BallotsBuilder {
  private start: Int32Array = new Int32Array(1024);
  private items: Int32Array = new Int32Array(4096);
  private n = 0;
  private len = 0;
  private readonly pts: Rational[] | null;

  constructor(withPoints: boolean) {
    this.pts = withPoints ? [] : null;
  }

  /** Adds project p (and its points) to the ballot being written. */
  add(p: number, points?: Rational): void {
    if (this.len === this.items.length) this.items = grown(this.items);
    this.items[this.len++] = p;
    if (this.pts) this.pts.push(points!);
  }

  /** Forgets what `add` wrote since the last `end` (a ballot the fast reader gave up on). */
  undo(): void {
    this.len = this.start[this.n]!;
    if (this.pts) this.pts.length = this.len;
  }

  /** Closes the ballot being written (possibly empty). */
  end(): void {
    if (this.n + 1 === this.start.length) this.start = grown(this.start);
    this.start[++this.n] = this.len;
  }

  finish(): Ballots {
    return {
      count: this.n,
      start: this.start.slice(0, this.n + 1),
      items: this.items.slice(0, this.len),
      points: this.pts,
    };
  }
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
