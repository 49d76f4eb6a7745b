/**
 * Deterministic random PB elections for the benchmarks (never committed: generated on demand).
 * Ballots of 1–10 projects drawn with a popularity skew (project k is drawn with weight
 * 1/(k+1)^0.8, shuffled so popularity and id are unrelated), so few ballots are identical;
 * costs from 10 000 to 1 000 000; the budget funds about a quarter of the total cost.
 */
import { createElection, type Election } from '../packages/pb/src/index.ts';

/** mulberry32: a small seeded generator, so every run builds the same election. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Generated {
  readonly name: string;
  readonly voters: number;
  readonly projects: number;
}

export function generate(
  voters: number,
  projects: number,
  seed = 1,
  create: typeof createElection = createElection,
): Election {
  const r = rng(seed * 7919 + voters * 31 + projects);
  const order = Array.from({ length: projects }, (_, k) => k);
  for (let i = projects - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // cumulative popularity weights over the shuffled order
  const cum = new Float64Array(projects);
  let acc = 0;
  for (let k = 0; k < projects; k++) cum[k] = acc += 1 / Math.pow(k + 1, 0.8);
  const pick = (): number => {
    const x = r() * acc;
    let lo = 0;
    let hi = projects - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return order[lo]!;
  };
  const costs = Array.from({ length: projects }, () => 10_000 * (1 + Math.floor(r() * 100)));
  const total = costs.reduce((a, b) => a + b, 0);
  const ids = costs.map((_, i) => String(i + 1));
  const ballots = Array.from({ length: voters }, () => {
    const len = Math.min(projects, 1 + Math.floor(r() * 10));
    const chosen = new Set<number>();
    while (chosen.size < len) chosen.add(pick());
    return { projects: [...chosen].map((p) => ids[p]!) };
  });
  return create({
    budget: Math.round(total / 4),
    projects: costs.map((cost, i) => ({ id: ids[i]!, cost })),
    voters: ballots,
  });
}
