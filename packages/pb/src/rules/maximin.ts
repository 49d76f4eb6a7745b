import { Rational } from '../rational.js';
import type { Election } from '../election.js';
import type { Explanation, Outcome } from '../outcome.js';
import { profileOf, type Profile } from '../profile.js';
import { PABUTOOLS_TIES, breakTie, type TieBreaking } from '../tiebreak.js';
import { explanationsFrom, sumCost } from './common.js';

export interface MaximinOptions {
  tie?: TieBreaking;
}

/**
 * The maximin support rule (pabutools' `maximin_support`, "generalised sequential Phragmén"):
 * each round adds the affordable project for which the committee can be paid with the smallest
 * maximal voter load, computed exactly (Dinkelbach iterations over max-flow min-cuts) instead
 * of with a floating-point LP. Meant for small instances: it solves flows per candidate per round.
 */
export function maximinSupport(election: Election, options: MaximinOptions = {}): Outcome {
  const profile = profileOf(election);
  const tie = options.tie ?? PABUTOOLS_TIES;
  const projects = election.projects;
  const why = new Map<number, Explanation>();
  let available: number[] = [];
  projects.forEach((p, i) => {
    if (p.withdrawn) why.set(i, { code: 'withdrawn' });
    else if ((profile.approvals[i] as number) === 0 && !p.cost.isZero()) {
      why.set(i, { code: 'maximin-not-selected', reason: 'no-supporters' });
    } else available.push(i);
  });
  const committee: number[] = [];
  let remaining = election.budget;
  let round = 0;
  for (;;) {
    available = available.filter((p) => {
      if (projects[p]!.cost.le(remaining)) return true;
      why.set(p, { code: 'maximin-not-selected', reason: 'did-not-fit' });
      return false;
    });
    if (available.length === 0) break;
    round++;
    let best: Rational | null = null;
    let tied: number[] = [];
    for (const p of available) {
      const z = minMaxLoad(profile, [...committee, p]);
      const c = best === null ? -1 : z.compare(best);
      if (c < 0) {
        best = z;
        tied = [p];
      } else if (c === 0) tied.push(p);
    }
    const chosen = breakTie(profile, tied, tie);
    committee.push(chosen);
    why.set(chosen, { code: 'maximin-selected', round, maxLoad: best! });
    remaining = remaining.sub(projects[chosen]!.cost);
    available = available.filter((p) => p !== chosen);
  }
  return {
    rule: 'maximin-support',
    budget: election.budget,
    winners: committee.map((i) => projects[i]!.id),
    totalCost: sumCost(election, committee),
    explanations: explanationsFrom(election, new Set(committee), why),
    mes: null,
  };
}

/**
 * min over load distributions of the maximal voter load needed to pay for `set`, which equals
 * max over subsets T of cost(T) / |voters approving something in T| (Hall's condition).
 */
export function minMaxLoad(profile: Profile, set: readonly number[]): Rational {
  const projects = profile.election.projects;
  const paid = set.filter((p) => !projects[p]!.cost.isZero());
  if (paid.length === 0) return Rational.ZERO;
  // groups approving at least one project of the set
  const groupIdx = new Map<number, number>();
  const edges: [number, number][] = [];
  paid.forEach((p, pi) => {
    for (const g of profile.supporterGroups[p]!) {
      let gi = groupIdx.get(g);
      if (gi === undefined) groupIdx.set(g, (gi = groupIdx.size));
      edges.push([pi, gi]);
    }
  });
  const groupList = [...groupIdx.keys()];
  const voters = (sub: number[]): bigint => {
    const seen = new Set<number>();
    for (const pi of sub) for (const g of profile.supporterGroups[paid[pi]!]!) seen.add(g);
    let n = 0n;
    for (const g of seen) n += BigInt(profile.groupWeight[g]!);
    return n;
  };
  const costOf = (sub: number[]): Rational =>
    sub.reduce((s, pi) => s.add(projects[paid[pi]!]!.cost), Rational.ZERO);
  let T = paid.map((_, i) => i);
  // Dinkelbach: z = cost(T)/N(T); find T' maximising cost(T') − z·N(T'); repeat until 0.
  for (;;) {
    const nT = voters(T);
    const z = nT === 0n ? null : costOf(T).divInt(nT);
    if (z === null) throw new Error('a project without supporters cannot be paid for');
    // integer capacities: scale by lcm of denominators
    let L = z.den;
    for (const p of paid) L = lcm(L, projects[p]!.cost.den);
    const P = paid.length;
    const Gn = groupList.length;
    const S = P + Gn;
    const Tt = S + 1;
    const flow = new MaxFlow(S + 2);
    paid.forEach((p, pi) => flow.add(S, pi, projects[p]!.cost.num * (L / projects[p]!.cost.den)));
    const INF = -1n;
    for (const [pi, gi] of edges) flow.add(pi, P + gi, INF);
    groupList.forEach((g, gi) =>
      flow.add(P + gi, Tt, z.num * (L / z.den) * BigInt(profile.groupWeight[g]!)),
    );
    flow.run(S, Tt);
    const side = flow.sourceSide(S);
    const next = paid.map((_, i) => i).filter((pi) => side[pi]);
    if (next.length === 0) return z;
    const zNext = costOf(next).divInt(voters(next));
    if (zNext.le(z)) return z;
    T = next;
  }
}

function gcdB(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}
function lcm(a: bigint, b: bigint): bigint {
  return (a / gcdB(a, b)) * b;
}

/** Edmonds–Karp on BigInt capacities; capacity −1 means infinite. */
class MaxFlow {
  private readonly adj: number[][];
  private readonly to: number[] = [];
  private readonly cap: bigint[] = [];
  constructor(n: number) {
    this.adj = Array.from({ length: n }, () => []);
  }
  add(u: number, v: number, c: bigint): void {
    this.adj[u]!.push(this.to.length);
    this.to.push(v);
    this.cap.push(c);
    this.adj[v]!.push(this.to.length);
    this.to.push(u);
    this.cap.push(0n);
  }
  private has(e: number): boolean {
    const c = this.cap[e]!;
    return c === -1n || c > 0n;
  }
  run(s: number, t: number): void {
    for (;;) {
      const prev = new Int32Array(this.adj.length).fill(-1);
      prev[s] = -2;
      const queue = [s];
      for (let qi = 0; qi < queue.length && prev[t] === -1; qi++) {
        const u = queue[qi]!;
        for (const e of this.adj[u]!) {
          const v = this.to[e]!;
          if (prev[v] === -1 && this.has(e)) {
            prev[v] = e;
            queue.push(v);
          }
        }
      }
      if (prev[t] === -1) return;
      let f = -1n;
      for (let v = t; v !== s; v = this.to[prev[v]! ^ 1]!) {
        const c = this.cap[prev[v]!]!;
        if (c !== -1n && (f === -1n || c < f)) f = c;
      }
      for (let v = t; v !== s; v = this.to[prev[v]! ^ 1]!) {
        const e = prev[v]!;
        if (this.cap[e] !== -1n) this.cap[e] = this.cap[e]! - f;
        if (this.cap[e ^ 1] !== -1n) this.cap[e ^ 1] = this.cap[e ^ 1]! + f;
      }
    }
  }
  sourceSide(s: number): boolean[] {
    const seen = new Array<boolean>(this.adj.length).fill(false);
    seen[s] = true;
    const stack = [s];
    while (stack.length > 0) {
      const u = stack.pop()!;
      for (const e of this.adj[u]!) {
        const v = this.to[e]!;
        if (!seen[v] && this.has(e)) {
          seen[v] = true;
          stack.push(v);
        }
      }
    }
    return seen;
  }
}
