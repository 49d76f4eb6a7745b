import { Rational } from '../rational.js';
import type { Profile } from '../profile.js';
import type { MesPayment, SpentOn } from '../outcome.js';
import { breakTie, type TieBreaking } from '../tiebreak.js';

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
  /** For group g and item k of its ballot: index into values[items[k]], or -1 (utility 0). */
  readonly index: readonly Int32Array[];
  /** total[p] = Σ weight · utility over supporters. */
  readonly total: readonly Rational[];
  /** pos[p][j] = position of p in the ballot of group supporterGroups[p][j]. */
  readonly pos: readonly Int32Array[];
  /** initial[p] = utility index → number of supporters with that utility. */
  readonly initial: readonly ReadonlyMap<number, number>[];
  /** Ballots flattened: items of group g are flatItems[start[g] .. start[g+1]). */
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
  const groups = profile.groups;
  const G = groups.length;
  const values: Rational[][] = Array.from({ length: m }, () => []);
  const total: Rational[] = new Array<Rational>(m).fill(Rational.ZERO);
  const start = new Int32Array(G + 1);
  for (let g = 0; g < G; g++) start[g + 1] = start[g]! + groups[g]!.items.length;
  const flatItems = new Int32Array(start[G]!);
  const flatU = new Int32Array(start[G]!);
  const weight = new Int32Array(G);
  const perProject = kind === 'cost' || kind === 'cardinality' || kind === 'effort';
  // A utility that depends on the project alone is computed once per project, not per item.
  const own = perProject ? projectUtilities(profile, kind) : null;
  const keyMaps: Map<string, number>[] | null = own
    ? null
    : Array.from({ length: m }, () => new Map());
  for (let g = 0; g < G; g++) {
    const grp = groups[g]!;
    weight[g] = grp.weight;
    for (let k = 0; k < grp.items.length; k++) {
      const p = grp.items[k]!;
      const t = start[g]! + k;
      flatItems[t] = p;
      const u = own ? own[p]! : itemUtility(grp, k, kind);
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
      if (!own) total[p] = total[p]!.add(u.mulInt(BigInt(grp.weight)));
    }
  }
  if (own) {
    // Σ weight · u over supporters = u · (number of supporters) when u is the project's own.
    for (let p = 0; p < m; p++) {
      if (values[p]!.length > 0) total[p] = own[p]!.mulInt(BigInt(profile.approvals[p]!));
    }
  }
  const index = Array.from({ length: G }, (_, g) => flatU.subarray(start[g]!, start[g + 1]!));
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
  const table = { kind, values, index, total, pos, initial, start, flatItems, flatU, weight };
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

/** The utility of item k of a ballot, for utilities that depend on the ballot. */
function itemUtility(g: Profile['groups'][number], k: number, kind: Utility): Rational {
  if (kind === 'points') {
    if (!g.points) throw new Error('points utilities need cumulative or scoring ballots');
    return g.points[k]!;
  }
  return Rational.int(g.items.length - k - 1); // borda
}

export interface MesRoundTrace {
  readonly project: number;
  readonly rho: Rational;
  readonly payments: MesPayment[];
  readonly supporters: number;
  readonly remainingAfter: Rational;
}

export interface MesDrop {
  readonly round: number;
  readonly supportersHad: Rational;
  readonly supporters: number;
  readonly spentOn: SpentOn[];
}

export interface MesRun {
  /** Project indices in the order bought (free projects first). */
  readonly winners: number[];
  readonly free: number[];
  readonly cost: Rational;
  readonly rounds: MesRoundTrace[] | null;
  readonly drops: Map<number, MesDrop> | null;
}

/**
 * A price ρ = n/d, kept unreduced (reducing costs a gcd of numbers with hundreds of digits and
 * a price is compared far more often than it is shown), with f ≈ ρ for cheap pre-ordering.
 */
interface Price {
  readonly n: bigint;
  readonly d: bigint;
  readonly f: number;
}

/** A price found by computeRho: n = top, d = bot·D, where bot is a small integer. */
interface Rho extends Price {
  readonly bot: bigint;
}

/** The exact order of two prices; floats decide only when they are clearly apart. */
function comparePrices(a: Price, b: Price): number {
  const diff = a.f - b.f;
  const scale = Math.max(Math.abs(a.f), Math.abs(b.f));
  if (Number.isFinite(diff) && Math.abs(diff) > 1e-9 * scale) return diff < 0 ? -1 : 1;
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

const close = (a: number, b: number): boolean =>
  !(Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), Math.abs(b)));
const cmpInt = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One run of the Method of Equal Shares with a fixed per-voter budget, exact, on ballot groups.
 *
 * - Voters whose remaining budgets are equal share a budget class. All classes share one
 *   denominator D for the run (class c holds num[c]/D per voter), so equal budgets have equal
 *   numerators and pooling is a Map lookup on a bigint.
 * - Each project keeps the number of its supporters per (class, utility) in a dense array, so
 *   its price is computed over classes, not voters.
 * - The live classes are kept sorted by budget (`order`), so a project whose supporters all
 *   have the same utility walks them in the order its price needs without sorting.
 * - Projects are examined in order of their last known price (a lower bound: budgets only
 *   shrink), and the scan stops as soon as that bound is worse than the best price found.
 */
export function runMes(
  profile: Profile,
  table: UtilityTable,
  perVoter: Rational,
  eligible: ReadonlySet<number>,
  tie: TieBreaking,
  trace: boolean,
  scratch: MesScratch = new MesScratch(),
): MesRun {
  const projects = profile.election.projects;
  const groups = profile.groups;
  const m = projects.length;
  const { start, flatItems, flatU, weight } = table;
  let D = perVoter.den;
  const num: bigint[] = [perVoter.num];
  const budgetApprox: number[] = [perVoter.toNumber()];
  let classOf = new Map<bigint, number>([[perVoter.num, 0]]);
  const groupClass = new Int32Array(groups.length);
  // voters per class; a class nobody is in any more is dead: never scaled, never looked up
  const classVoters: number[] = [profile.n];
  // the live classes, by increasing budget
  let order: number[] = [0];
  const inOrder: number[] = [1];
  const U = table.values.map((v) => Math.max(v.length, 1));
  let cap = scratch.cap;
  // W[p][c*U[p]+u] = number of supporters of p in class c with utility index u (null once p is
  // bought or dropped); the arrays themselves live in the scratch, reused by the next run.
  const W: (Float64Array | null)[] = new Array<Float64Array | null>(m).fill(null);
  const classFor = (n: bigint): number => {
    let c = classOf.get(n);
    if (c === undefined) {
      c = num.length;
      num.push(n);
      classVoters.push(0);
      inOrder.push(0);
      budgetApprox.push(approxRatio(n, D));
      classOf.set(n, c);
      if (c >= cap) {
        const old = cap;
        cap *= 2;
        for (let p = 0; p < m; p++) {
          const w = W[p];
          if (!w) continue;
          const bigger = new Float64Array(cap * U[p]!);
          bigger.set(w.subarray(0, old * U[p]!));
          W[p] = bigger;
          scratch.W[p] = bigger;
        }
      }
    }
    return c;
  };
  const cmpClass = (a: number, b: number): number => {
    const x = budgetApprox[a]!;
    const y = budgetApprox[b]!;
    return close(x, y) ? cmpInt(num[a]!, num[b]!) : x - y;
  };
  const afford: Price[] = new Array<Price>(m);
  const active: number[] = [];
  const free: number[] = [];
  const winners: number[] = [];
  for (let p = 0; p < m; p++) {
    if (!eligible.has(p) || projects[p]!.withdrawn) continue;
    const total = table.total[p]!;
    if (total.isZero()) continue;
    const cost = projects[p]!.cost;
    if (cost.isZero()) {
      free.push(p);
      continue;
    }
    const w = scratch.counts(p, cap * U[p]!);
    for (const [u, x] of table.initial[p]!) w[u] = x;
    W[p] = w;
    const n = cost.num * total.den;
    const d = cost.den * total.num;
    afford[p] = { n, d, f: approxRatio(n, d) };
    active.push(p);
  }
  winners.push(...free);
  const isActive = new Uint8Array(m);
  for (const p of active) isActive[p] = 1;
  const rounds: MesRoundTrace[] | null = trace ? [] : null;
  const drops: Map<number, MesDrop> | null = trace ? new Map() : null;
  // paid[g][k]: what each voter of group g paid for item k (trace only)
  const paid: (Rational | null)[][] | null = trace
    ? groups.map((g) => g.items.map(() => null))
    : null;
  let cost = Rational.ZERO;
  let round = 0;

  interface Slot {
    c: number;
    u: number;
    w: number;
  }
  /** The nonzero entries of W[p], in class-index order. */
  const slotsOf = (p: number): Slot[] => {
    const w = W[p]!;
    const Up = U[p]!;
    const out: Slot[] = [];
    const n = num.length * Up;
    for (let i = 0; i < n; i++) {
      const x = w[i]!;
      if (x !== 0) out.push({ c: (i / Up) | 0, u: i % Up, w: x });
    }
    return out;
  };

  // The supporters of the project being priced, poorest (per unit of utility) first.
  let slotC = new Int32Array(cap);
  let slotU = new Int32Array(cap);
  let slotW = new Float64Array(cap);
  const sortedSlots = (p: number): number => {
    const vals = table.values[p]!;
    if (slotC.length < num.length * U[p]!) {
      const size = Math.max(slotC.length * 2, num.length * U[p]!);
      slotC = new Int32Array(size);
      slotU = new Int32Array(size);
      slotW = new Float64Array(size);
    }
    let k = 0;
    if (vals.length === 1) {
      // One utility: the order of the budgets, already known.
      const w = W[p]!;
      for (const c of order) {
        const x = w[c]!;
        if (x === 0) continue;
        slotC[k] = c;
        slotU[k] = 0;
        slotW[k++] = x;
      }
      return k;
    }
    const list = slotsOf(p);
    const fu = vals.map((v) => v.toNumber());
    list.sort((x, y) => {
      const a = budgetApprox[x.c]! / fu[x.u]!;
      const b = budgetApprox[y.c]! / fu[y.u]!;
      if (!close(a, b)) return a - b;
      const ux = vals[x.u]!;
      const uy = vals[y.u]!;
      return cmpInt(num[x.c]! * uy.num * ux.den, num[y.c]! * ux.num * uy.den);
    });
    for (const e of list) {
      slotC[k] = e.c;
      slotU[k] = e.u;
      slotW[k++] = e.w;
    }
    return k;
  };

  const computeRho = (p: number): Rho | null => {
    const vals = table.values[p]!;
    const count = sortedSlots(p);
    // rho = (c − paid) / (remaining utility), on integers: rho = top / (bot·D) with
    // top = (cn·D − pn·cd)·dd and bot = cd·dn.
    const c = projects[p]!.cost;
    const cn = c.num;
    const cd = c.den;
    let pn = 0n; // paid so far = pn / D
    let dn = table.total[p]!.num; // remaining utility = dn / dd
    let dd = table.total[p]!.den;
    // Floats only skip voters that clearly cannot pay the equal share; every decision that
    // could go either way is made on exact integers.
    const cf = c.toNumber();
    let pf = 0; // ≈ paid
    let df = table.total[p]!.toNumber(); // ≈ remaining utility
    for (let i = 0; i < count; i++) {
      if (dn <= 0n) break;
      const cls = slotC[i]!;
      const ew = slotW[i]!;
      const u = vals[slotU[i]!]!;
      const bn = num[cls]!;
      const w = BigInt(ew);
      const rest = cf - pf;
      const bf = budgetApprox[cls]!;
      const uf = u.toNumber();
      const clearlyPoor = bn === 0n || (rest > 1e-4 * cf && (rest / df) * uf > bf * (1 + 1e-6));
      if (!clearlyPoor) {
        const top = (cn * D - pn * cd) * dd;
        const bot = cd * dn;
        // rho·u ≤ b  ⇔  top·u.num ≤ bn·u.den·bot  (D > 0 cancels)
        if (top * u.num <= bn * u.den * bot) {
          const d = bot * D;
          return { n: top, d, bot, f: approxRatio(top, d) };
        }
      }
      pn += bn * w;
      pf += bf * ew;
      df -= uf * ew;
      if (dd === u.den) dn -= u.num * w;
      else {
        dn = dn * u.den - u.num * w * dd;
        dd *= u.den;
      }
    }
    return null;
  };

  const supportersMoney = (p: number): { money: Rational; voters: number } => {
    let voters = 0;
    let total = 0n;
    for (const s of slotsOf(p)) {
      total += num[s.c]! * BigInt(s.w);
      voters += s.w;
    }
    return { money: Rational.of(total, D), voters };
  };

  const spentOnBy = (p: number): SpentOn[] => {
    // project q → payment → [payment, number of voters], projects in order of appearance. A
    // project's payments all come from the round it was bought in, where equal amounts are
    // one object: identity is equality.
    const byProject: (Map<Rational, [Rational, number]> | undefined)[] = new Array(m);
    const seen: number[] = [];
    for (const g of profile.supporterGroups[p]!) {
      const row = paid![g]!;
      const s0 = start[g]!;
      const wg = weight[g]!;
      for (let k = 0; k < row.length; k++) {
        const x = row[k];
        if (!x || x.isZero()) continue;
        const q = flatItems[s0 + k]!;
        let byPay = byProject[q];
        if (!byPay) {
          byPay = byProject[q] = new Map();
          seen.push(q);
        }
        const cur = byPay.get(x);
        if (cur) cur[1] += wg;
        else byPay.set(x, [x, wg]);
      }
    }
    return seen
      .map((q) => {
        const byPay = byProject[q]!;
        let voters = 0;
        for (const [, w] of byPay.values()) voters += w;
        const amount = Rational.weightedSum(
          [...byPay.values()].map(([x, w]) => [x, BigInt(w)] as const),
        );
        return { projectId: projects[q]!.id, amount, voters };
      })
      .sort((x, y) => y.amount.compare(x.amount));
  };

  /**
   * The integer shares of the chosen project in units of 1/D, after growing D to the smallest
   * multiple that makes them all integers. A voter with utility u pays ρ·u = a/s (in units of
   * 1/D) with a = top·u.num and s = bot·u.den; D·t works iff s/gcd(a, s) divides t, and
   * gcd(a, s) = gcd(a mod s, s) only involves the small s.
   */
  const sharesOf = (rho: Rho, vals: readonly Rational[]): bigint[] => {
    const a = vals.map((u) => rho.n * u.num);
    const s = vals.map((u) => rho.bot * u.den);
    let t = 1n;
    for (let i = 0; i < vals.length; i++) {
      const need = s[i]! / gcdBig(a[i]! % s[i]!, s[i]!);
      t = (t / gcdBig(t, need)) * need;
    }
    if (t !== 1n) {
      for (const c of order) num[c] = num[c]! * t;
      D *= t;
      classOf = new Map();
      for (const c of order) classOf.set(num[c]!, c);
    }
    return vals.map((_, i) => (a[i]! * t) / s[i]!);
  };

  for (;;) {
    round++;
    active.sort((a, b) => comparePrices(afford[a]!, afford[b]!));
    let best: Rho | null = null;
    let tied: number[] = [];
    const dropped: number[] = [];
    for (const p of active) {
      if (best !== null && comparePrices(afford[p]!, best) > 0) break;
      const rho = computeRho(p);
      if (rho === null) {
        dropped.push(p);
        if (drops) {
          const { money, voters } = supportersMoney(p);
          drops.set(p, { round, supportersHad: money, supporters: voters, spentOn: spentOnBy(p) });
        }
        continue;
      }
      afford[p] = rho;
      const c = best === null ? -1 : comparePrices(rho, best);
      if (c < 0) {
        best = rho;
        tied = [p];
      } else if (c === 0) tied.push(p);
    }
    for (const p of dropped) {
      isActive[p] = 0;
      W[p] = null;
    }
    if (dropped.length > 0) {
      const keep = active.filter((p) => isActive[p] === 1);
      active.length = 0;
      active.push(...keep);
    }
    if (best === null) break;
    const chosen = tied.length === 1 ? tied[0]! : breakTie(profile, tied, tie);
    const rho = best;
    const Uc = U[chosen]!;
    const vals = table.values[chosen]!;
    // Each voter pays rho·utility, or all they have left. Express every share over one D.
    const shareNum = sharesOf(rho, vals);
    const payments: MesPayment[] = [];
    let supporters = 0;
    const slots = slotsOf(chosen);
    // transition[c*Uc+u] = new class of voters in class c with utility index u
    const transition = new Int32Array(num.length * Uc).fill(-1);
    const payOf = new Map<number, Rational>();
    // one Rational per amount paid this round (spentOnBy relies on it)
    const payObject = new Map<bigint, Rational>();
    for (const sl of slots) {
      const bn = num[sl.c]!;
      const sn = shareNum[sl.u]!;
      const payN = sn <= bn ? sn : bn;
      const key = sl.c * Uc + sl.u;
      transition[key] = classFor(bn - payN);
      supporters += sl.w;
      if (trace) {
        let pay = payObject.get(payN);
        if (!pay) payObject.set(payN, (pay = Rational.of(payN, D)));
        payOf.set(key, pay);
        if (payN !== 0n) {
          const same = payments.find(
            (x) =>
              x.amountPerVoter.eq(pay) && x.utility === vals[sl.u]! && x.gaveAllTheyHad === sn > bn,
          );
          if (same) payments[payments.indexOf(same)] = { ...same, voters: same.voters + sl.w };
          else
            payments.push({
              utility: vals[sl.u]!,
              amountPerVoter: pay,
              voters: sl.w,
              gaveAllTheyHad: sn > bn,
            });
        }
      }
    }
    isActive[chosen] = 0;
    W[chosen] = null;
    const chosenGroups = profile.supporterGroups[chosen]!;
    const chosenPos = table.pos[chosen]!;
    for (let j = 0; j < chosenGroups.length; j++) {
      const g = chosenGroups[j]!;
      const s0 = start[g]!;
      const k = chosenPos[j]!;
      const ui = flatU[s0 + k]!;
      if (ui < 0) continue;
      const oldCls = groupClass[g]!;
      const key = oldCls * Uc + ui;
      const newCls = transition[key]!;
      if (paid) paid[g]![k] = payOf.get(key) ?? null;
      if (newCls === oldCls) continue;
      groupClass[g] = newCls;
      classVoters[oldCls] = classVoters[oldCls]! - weight[g]!;
      classVoters[newCls] = classVoters[newCls]! + weight[g]!;
      const wg = weight[g]!;
      const s1 = start[g + 1]!;
      for (let t = s0; t < s1; t++) {
        const q = flatItems[t]!;
        if (isActive[q] === 0) continue;
        const uq = flatU[t]!;
        if (uq < 0) continue;
        const Wq = W[q]!;
        const Uq = U[q]!;
        Wq[oldCls * Uq + uq]! -= wg;
        Wq[newCls * Uq + uq]! += wg;
      }
    }
    order = updateOrder(order, transition, classVoters, inOrder, cmpClass);
    active.splice(active.indexOf(chosen), 1);
    winners.push(chosen);
    cost = cost.add(projects[chosen]!.cost);
    if (rounds) {
      // Every purchase spends exactly the project's cost.
      const left = perVoter.mulInt(BigInt(profile.n)).sub(cost);
      const exactRho = Rational.of(rho.n, rho.d);
      rounds.push({ project: chosen, rho: exactRho, payments, supporters, remainingAfter: left });
    }
  }
  scratch.cap = cap;
  scratch.used = num.length;
  scratch.U = U;
  return { winners, free, cost, rounds, drops };
}

/**
 * Arrays one MES run leaves to the next (add1 runs MES about 60 times on the same profile):
 * the per-project supporter counts, sized for as many classes as the largest run needed, so
 * later runs neither allocate nor grow them. Only the part a run used is cleared.
 */
export class MesScratch {
  cap = 256;
  used = 0;
  U: readonly number[] = [];
  readonly W: (Float64Array | undefined)[] = [];

  /** A zeroed array of at least `size` entries for project p. */
  counts(p: number, size: number): Float64Array {
    const w = this.W[p];
    if (w === undefined || w.length < size) return (this.W[p] = new Float64Array(size));
    w.fill(0, 0, Math.min(w.length, this.used * (this.U[p] ?? 1)));
    return w;
  }
}

/**
 * The live classes by increasing budget after a purchase: the classes that lost their last
 * voter leave, the classes voters moved into (new ones, or dead ones revived) are sorted and
 * merged in. Budgets of the other classes did not change, so their order holds.
 */
function updateOrder(
  order: readonly number[],
  transition: Int32Array,
  classVoters: readonly number[],
  inOrder: number[],
  cmpClass: (a: number, b: number) => number,
): number[] {
  const kept: number[] = [];
  for (const c of order) {
    if (classVoters[c]! > 0) kept.push(c);
    else inOrder[c] = 0;
  }
  const born: number[] = [];
  for (const c of transition) {
    if (c < 0 || inOrder[c] === 1 || classVoters[c]! === 0) continue;
    inOrder[c] = 1;
    born.push(c);
  }
  if (born.length === 0) return kept;
  born.sort(cmpClass);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length && j < born.length) {
    out.push(cmpClass(kept[i]!, born[j]!) <= 0 ? kept[i++]! : born[j++]!);
  }
  while (i < kept.length) out.push(kept[i++]!);
  while (j < born.length) out.push(born[j++]!);
  return out;
}

function gcdBig(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a < 0n ? -a : a;
}

/** n/d as a float without reducing the fraction (display and pre-ordering only). */
function approxRatio(n: bigint, d: bigint): number {
  const x = Number(n);
  const y = Number(d);
  if (Number.isFinite(x) && Number.isFinite(y)) return x / y;
  const shift = BigInt(Math.max(d.toString(16).length * 4 - 900, 0));
  return Number(n >> shift) / Number(d >> shift);
}
