import { Rational } from '../rational.js';
import type { Profile } from '../profile.js';
import type { MesPayment, SpentOn } from '../outcome.js';
import { breakTie, type TieBreaking } from '../tiebreak.js';
import { fastCompare } from './common.js';

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
 * One run of the Method of Equal Shares with a fixed per-voter budget, exact, on ballot groups.
 *
 * - Voters whose remaining budgets are equal share a budget class. All classes share one
 *   denominator D for the run (class c holds num[c]/D per voter), so equal budgets have equal
 *   numerators and pooling is a Map lookup on a bigint.
 * - Each project keeps the number of its supporters per (class, utility) in a dense array, so
 *   its price is computed over classes, not voters.
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
  const U = table.values.map((v) => Math.max(v.length, 1));
  let cap = 64;
  // W[p][c*U[p]+u] = number of supporters of p in class c with utility index u
  const W: (Float64Array | null)[] = new Array<Float64Array | null>(m).fill(null);
  const classFor = (n: bigint): number => {
    let c = classOf.get(n);
    if (c === undefined) {
      c = num.length;
      num.push(n);
      classVoters.push(0);
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
        }
      }
    }
    return c;
  };
  const afford: Rational[] = new Array<Rational>(m).fill(Rational.ZERO);
  const affordApprox = new Float64Array(m);
  const active: number[] = [];
  const free: number[] = [];
  const winners: number[] = [];
  for (let p = 0; p < m; p++) {
    if (!eligible.has(p) || projects[p]!.withdrawn) continue;
    const total = table.total[p]!;
    if (total.isZero()) continue;
    if (projects[p]!.cost.isZero()) {
      free.push(p);
      continue;
    }
    const w = new Float64Array(cap * U[p]!);
    for (const [u, x] of table.initial[p]!) w[u] = x;
    W[p] = w;
    afford[p] = projects[p]!.cost.div(total);
    affordApprox[p] = afford[p]!.toNumber();
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
  const close = (a: number, b: number): boolean =>
    !(Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), Math.abs(b)));
  const cmpInt = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

  interface Slot {
    c: number;
    u: number;
    w: number;
  }
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

  const computeRho = (p: number): Rational | null => {
    const vals = table.values[p]!;
    const list = slotsOf(p);
    if (vals.length === 1) {
      list.sort((x, y) => {
        const a = budgetApprox[x.c]!;
        const b = budgetApprox[y.c]!;
        return close(a, b) ? cmpInt(num[x.c]!, num[y.c]!) : a - b;
      });
    } else {
      const fu = vals.map((v) => v.toNumber());
      list.sort((x, y) => {
        const a = budgetApprox[x.c]! / fu[x.u]!;
        const b = budgetApprox[y.c]! / fu[y.u]!;
        if (!close(a, b)) return a - b;
        const ux = vals[x.u]!;
        const uy = vals[y.u]!;
        return cmpInt(num[x.c]! * uy.num * ux.den, num[y.c]! * ux.num * uy.den);
      });
    }
    // rho = (c − paid) / (remaining utility), on integers; reduced once at the end.
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
    for (const e of list) {
      if (dn <= 0n) break;
      const u = vals[e.u]!;
      const bn = num[e.c]!;
      const w = BigInt(e.w);
      const rest = cf - pf;
      const bf = budgetApprox[e.c]!;
      const uf = u.toNumber();
      const clearlyPoor = bn === 0n || (rest > 1e-4 * cf && (rest / df) * uf > bf * (1 + 1e-6));
      if (!clearlyPoor) {
        const X = (cn * D - pn * cd) * dd;
        const Y = cd * D * dn;
        // rho·u ≤ b  ⇔  X·u.num·D ≤ bn·u.den·Y
        if (X * u.num * D <= bn * u.den * Y) return Rational.of(X, Y);
      }
      pn += bn * w;
      pf += bf * e.w;
      df -= uf * e.w;
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
    // project q → payment (as text) → [payment, number of voters]
    const acc = new Map<number, Map<string, [Rational, number]>>();
    for (const g of profile.supporterGroups[p]!) {
      const grp = groups[g]!;
      const row = paid![g]!;
      for (let k = 0; k < row.length; k++) {
        const x = row[k];
        if (!x || x.isZero()) continue;
        const q = grp.items[k]!;
        let byPay = acc.get(q);
        if (!byPay) acc.set(q, (byPay = new Map()));
        const key = x.toString();
        const cur = byPay.get(key);
        if (cur) cur[1] += grp.weight;
        else byPay.set(key, [x, grp.weight]);
      }
    }
    return [...acc.entries()]
      .map(([q, byPay]) => {
        let voters = 0;
        for (const [, w] of byPay.values()) voters += w;
        const amount = Rational.weightedSum(
          [...byPay.values()].map(([x, w]) => [x, BigInt(w)] as const),
        );
        return { projectId: projects[q]!.id, amount, voters };
      })
      .sort((x, y) => y.amount.compare(x.amount));
  };

  for (;;) {
    round++;
    active.sort((a, b) => fastCompare(afford[a]!, affordApprox[a]!, afford[b]!, affordApprox[b]!));
    let best: Rational | null = null;
    let bestApprox = 0;
    let tied: number[] = [];
    const dropped: number[] = [];
    for (const p of active) {
      if (best !== null && fastCompare(afford[p]!, affordApprox[p]!, best, bestApprox) > 0) break;
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
      affordApprox[p] = rho.toNumber();
      const c = best === null ? -1 : rho.compare(best);
      if (c < 0) {
        best = rho;
        bestApprox = affordApprox[p]!;
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
    const shares = vals.map((u) => rho.mul(u));
    let newD = D;
    for (const sh of shares) {
      const g = gcdBig(newD, sh.den);
      if (g !== sh.den) newD = (newD / g) * sh.den;
    }
    if (newD !== D) {
      const f = newD / D;
      for (let c = 0; c < num.length; c++) if (classVoters[c]! > 0) num[c] = num[c]! * f;
      D = newD;
      classOf = new Map();
      num.forEach((x, c) => {
        if (classVoters[c]! > 0 && !classOf.has(x)) classOf.set(x, c);
      });
    }
    const shareNum = shares.map((sh) => (sh.num * D) / sh.den);
    const payments: MesPayment[] = [];
    let supporters = 0;
    const slots = slotsOf(chosen);
    // transition[c*Uc+u] = new class of voters in class c with utility index u
    const transition = new Int32Array(num.length * Uc).fill(-1);
    const payOf = new Map<number, Rational>();
    for (const sl of slots) {
      const bn = num[sl.c]!;
      const sn = shareNum[sl.u]!;
      const payN = sn <= bn ? sn : bn;
      const key = sl.c * Uc + sl.u;
      transition[key] = classFor(bn - payN);
      supporters += sl.w;
      if (trace) {
        const pay = Rational.of(payN, D);
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
    active.splice(active.indexOf(chosen), 1);
    winners.push(chosen);
    cost = cost.add(projects[chosen]!.cost);
    if (rounds) {
      // Every purchase spends exactly the project's cost.
      const left = perVoter.mulInt(BigInt(profile.n)).sub(cost);
      rounds.push({ project: chosen, rho, payments, supporters, remainingAfter: left });
    }
  }
  return { winners, free, cost, rounds, drops };
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
