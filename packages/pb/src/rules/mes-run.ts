import { Rational } from '../rational.js';
import type { Profile } from '../profile.js';
import type { MesPayment, MesPaymentSummary, SpentOn } from '../outcome.js';
import type { UtilityTable } from './mes-table.js';
import { DENSE_COUNTS_LIMIT, GroupCounts, type Slot } from './mes-counts.js';
import { listPayments, type ExplanationDetail, type RawPayment } from './mes-payments.js';
import {
  approxRatio,
  close,
  cmpInt,
  comparePrices,
  gcdBig,
  updateOrder,
  type Price,
  type Rho,
} from './mes-price.js';

export interface MesRoundTrace {
  readonly project: number;
  readonly rho: Rational;
  readonly payments: MesPayment[];
  /** The payments in figures, computed on the numerators over D as they were made. */
  readonly summary: MesPaymentSummary;
  readonly supporters: number;
  readonly remainingAfter: Rational;
}

export interface MesDrop {
  readonly round: number;
  readonly supportersHad: Rational;
  readonly supporters: number;
  readonly spentOn: SpentOn[];
}

/**
 * How far the per-voter budget can grow before this run's sequence of purchases may change
 * (decision 105): null = no limit found; else the run buys the same projects in the same
 * order for every per-voter budget β with perVoter ≤ β < perVoter + n/d.
 */
export interface Stability {
  n: bigint;
  d: bigint;
}

/**
 * The projects that share the cheapest price of a round (before tie-breaking), each with its
 * own price: the values are equal, but a price also carries how it moves with the per-voter
 * budget (decision 105), and that differs between tied projects — the chosen one's must be used.
 */
export interface Cheapest {
  readonly tied: number[];
  readonly prices: Rho[];
}

/**
 * Arrays one MES run leaves to the next (add1 runs MES about 60 times on the same profile):
 * the per-project supporter counts, sized for as many classes as the largest run needed, so
 * later runs neither allocate nor grow them. Only the part a run used is cleared. Once a run
 * has found the table too large, the runs after it read counts from the groups from the start.
 */
export class MesScratch {
  cap = 256;
  used = 0;
  U: readonly number[] = [];
  readonly W: (Int32Array | undefined)[] = [];
  /**
   * `auto`: a dense table until it would pass DENSE_COUNTS_LIMIT, then counts read from the
   * groups (decision 109); `dense` and `groups` force one way (tests compare them).
   */
  constructor(
    public counts: 'auto' | 'dense' | 'groups' = 'auto',
    readonly limit = DENSE_COUNTS_LIMIT,
  ) {}
  /** A run of this count switched to counts read from the groups. */
  fromGroups = false;
  /**
   * What a traced run lists of each round's payment groups (decision 108): the largest few, or
   * `full` (the default, for the tests that follow every payment).
   */
  explanations: ExplanationDetail = 'full';

  /** A zeroed array of at least `size` entries for project p. */
  table(p: number, size: number): Int32Array {
    const w = this.W[p];
    if (w === undefined || w.length < size) return (this.W[p] = new Int32Array(size));
    w.fill(0, 0, Math.min(w.length, this.used * (this.U[p] ?? 1)));
    return w;
  }
}

/** The largest prime below 2^53. */
const KEY_PRIME = 9_007_199_254_740_881n;

/**
 * The Map key of a class's numerator. V8 hashes a BigInt key by its lowest 64 bits only, and
 * once the common denominator has grown by factors of 2 every numerator ends in the same bits:
 * the class map degenerated into a list (91 % of the CPU of a 200 000-voter count, decision
 * 111). The residue modulo a prime spreads them; numerators that share a key are chained.
 */
function classKey(n: bigint): number {
  return Number(n % KEY_PRIME);
}

/**
 * The state of one MES run with a fixed per-voter budget, exact, on ballot groups; `runMes`
 * (mes-core.ts) drives its phases: `seed`, then per round `findCheapest` and `buy`.
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
export class MesRunState {
  readonly projects: Profile['election']['projects'];
  readonly m: number;
  D: bigint;
  readonly num: bigint[];
  readonly budgetApprox: number[];
  /**
   * classKey(numerator) → the newest class with that key; sameKey[c] → the next older one
   * (−1: none). Classes of equal budget pool (with stability tracking, of equal slope too).
   */
  classOf: Map<number, number>;
  readonly sameKey: number[] = [-1];
  readonly groupClass: Int32Array;
  /** Voters per class; a class nobody is in any more is dead: never scaled, never looked up. */
  readonly classVoters: number[];
  /** The live classes, by increasing budget. */
  order: number[] = [0];
  readonly inOrder: number[] = [1];
  readonly U: number[];
  cap: number;
  /**
   * W[p][c*U[p]+u] = number of supporters of p in class c with utility index u (null once p is
   * bought or dropped); the arrays themselves live in the scratch, reused by the next run.
   * 32-bit counts (a slot holds at most every voter): half the memory of doubles, which this
   * projects × classes table is the largest user of on big elections (decision 106).
   */
  readonly W: (Int32Array | null)[];
  /** Set when the counts are read from the groups instead of W (decision 109). */
  groupCounts: GroupCounts | null = null;
  /** rank[c]: position of live class c in `order` (kept only for groupCounts). */
  readonly rank: number[] = [0];
  readonly afford: Price[];
  readonly active: number[] = [];
  readonly isActive: Uint8Array;
  readonly free: number[] = [];
  readonly winners: number[] = [];
  readonly rounds: MesRoundTrace[] | null;
  readonly drops: Map<number, MesDrop> | null;
  /**
   * paid[start[g] + k]: what each voter of group g paid for item k, a numerator over
   * paidD[item's project], the run's D in the round that project was bought (trace only).
   */
  readonly paid: (bigint | null)[] | null;
  readonly paidD: bigint[] = [];
  cost = Rational.ZERO;
  round = 0;
  // The supporters of the project being priced, poorest (per unit of utility) first.
  slotC: Int32Array;
  slotU: Int32Array;
  slotW: Float64Array;
  /**
   * Decision 105: with `slopes`, every budget is tracked as an affine function of the per-voter
   * budget β (its value now, num/D, and its slope, slopes[c]); classes are keyed by both.
   * `limit` is the stability bound found
   * so far; dropSum/dropSlope what the supporters of the last project found unaffordable hold.
   */
  slopes: Rational[] | null;
  limit: Stability | null = null;
  /** Tracking stopped at `stopAt` (decision 107): the run proves nothing beyond its own β. */
  stopped = false;
  private dropHeld = 0n;
  private dropSlope = Rational.ZERO;

  constructor(
    readonly profile: Profile,
    readonly table: UtilityTable,
    readonly perVoter: Rational,
    readonly scratch: MesScratch,
    trace: boolean,
    stability = false,
    /**
     * Decision 107: once the bound is at most this (the distance to the next add1 step), no
     * step can be skipped whatever the rest of the run finds, so tracking stops: the rest of
     * the run is a plain one (classes pool by value alone; winners do not depend on classes).
     */
    readonly stopAt: Rational | null = null,
  ) {
    this.projects = profile.election.projects;
    this.m = this.projects.length;
    this.D = perVoter.den;
    this.num = [perVoter.num];
    this.budgetApprox = [perVoter.toNumber()];
    this.classOf = new Map([[classKey(perVoter.num), 0]]);
    this.groupClass = new Int32Array(profile.groupCount);
    this.classVoters = [profile.n];
    this.U = table.values.map((v) => Math.max(v.length, 1));
    this.cap = scratch.cap;
    this.W = new Array<Int32Array | null>(this.m).fill(null);
    if (scratch.counts === 'groups' || (scratch.counts === 'auto' && scratch.fromGroups))
      this.groupCounts = new GroupCounts(profile, table);
    this.afford = new Array<Price>(this.m);
    this.isActive = new Uint8Array(this.m);
    this.rounds = trace ? [] : null;
    this.drops = trace ? new Map() : null;
    this.paid = trace ? new Array<bigint | null>(table.flatItems.length).fill(null) : null;
    this.slotC = new Int32Array(this.cap);
    this.slotU = new Int32Array(this.cap);
    this.slotW = new Float64Array(this.cap);
    this.slopes = stability ? [Rational.ONE] : null;
  }

  /** Phase 1: the candidates, their supporter counts and a first lower bound on their price. */
  seed(eligible: ReadonlySet<number>): void {
    const { projects, table } = this;
    for (let p = 0; p < this.m; p++) {
      if (!eligible.has(p) || projects[p]!.withdrawn) continue;
      const total = table.total[p]!;
      if (total.isZero()) continue;
      const cost = projects[p]!.cost;
      if (cost.isZero()) {
        this.free.push(p);
        continue;
      }
      if (!this.groupCounts) {
        const w = this.scratch.table(p, this.cap * this.U[p]!);
        for (const [u, x] of table.initial[p]!) w[u] = x;
        this.W[p] = w;
      }
      const n = cost.num * total.den;
      const d = cost.den * total.num;
      this.afford[p] = { n, d, f: approxRatio(n, d), s: Rational.ZERO };
      this.active.push(p);
      this.isActive[p] = 1;
    }
    this.winners.push(...this.free);
  }

  /**
   * Phase 2 of a round: prices the candidates in order of their lower bound until the bound is
   * worse than the best price found; drops (for good: budgets only shrink) those whose
   * supporters cannot pay. Null when nothing is affordable any more.
   */
  findCheapest(): Cheapest | null {
    const { active, afford } = this;
    active.sort((a, b) => comparePrices(afford[a]!, afford[b]!));
    let best: Rho | null = null;
    let tied: number[] = [];
    let prices: Rho[] = [];
    const dropped: number[] = [];
    for (const p of active) {
      if (best !== null && comparePrices(afford[p]!, best) > 0) break;
      const rho = this.computeRho(p);
      if (rho === null) {
        dropped.push(p);
        if (this.drops) this.recordDrop(p);
        if (this.slopes) this.keepUnaffordable(p);
        continue;
      }
      afford[p] = rho;
      const c = best === null ? -1 : comparePrices(rho, best);
      if (c < 0) {
        best = rho;
        tied = [p];
        prices = [rho];
      } else if (c === 0) {
        tied.push(p);
        prices.push(rho);
      }
    }
    this.drop(dropped);
    return best === null ? null : { tied, prices };
  }

  /** Phase 3 of a round: the supporters of `chosen` pay ρ·utility each, or all they have. */
  buy(chosen: number, rho: Rho): void {
    const vals = this.table.values[chosen]!;
    const shareNum = this.sharesOf(rho, vals);
    if (this.slopes) this.keepCheapest(chosen, rho);
    const { transition, payOf, listed, supporters } = this.charge(chosen, shareNum, vals, rho);
    if (this.paid) this.paidD[chosen] = this.D;
    this.isActive[chosen] = 0;
    this.W[chosen] = null;
    this.moveGroups(chosen, transition, payOf);
    this.order = updateOrder(this.order, transition, this.classVoters, this.inOrder, this.cmpClass);
    if (this.groupCounts) this.order.forEach((c, i) => (this.rank[c] = i));
    this.active.splice(this.active.indexOf(chosen), 1);
    this.winners.push(chosen);
    this.cost = this.cost.add(this.projects[chosen]!.cost);
    if (this.rounds) {
      // Every purchase spends exactly the project's cost.
      const left = this.perVoter.mulInt(BigInt(this.profile.n)).sub(this.cost);
      const exactRho = Rational.of(rho.n, rho.d);
      this.rounds.push({
        project: chosen,
        rho: exactRho,
        payments: listed!.payments,
        summary: listed!.summary,
        supporters,
        remainingAfter: left,
      });
    }
  }

  /** Phase 4: hands the grown arrays back to the scratch for the next run. */
  finish(): void {
    this.scratch.cap = this.cap;
    this.scratch.used = this.num.length;
    this.scratch.U = this.U;
  }

  private drop(dropped: readonly number[]): void {
    for (const p of dropped) {
      this.isActive[p] = 0;
      this.W[p] = null;
    }
    if (dropped.length > 0) {
      const keep = this.active.filter((p) => this.isActive[p] === 1);
      this.active.length = 0;
      this.active.push(...keep);
    }
  }

  /**
   * The class of voters holding n/D (and, with stability tracking, whose budget moves with β
   * at `slope`), created (and every count array grown) when new.
   */
  private classFor(n: bigint, slope: Rational | null = null): number {
    const key = classKey(n);
    const head = this.classOf.get(key) ?? -1;
    for (let c = head; c >= 0; c = this.sameKey[c]!) {
      if (this.num[c] === n && (!this.slopes || this.slopes[c]!.eq(slope!))) return c;
    }
    const c = this.num.length;
    if (this.slopes) this.slopes.push(slope!);
    this.sameKey.push(head);
    this.num.push(n);
    this.classVoters.push(0);
    this.inOrder.push(0);
    this.rank.push(0);
    this.budgetApprox.push(approxRatio(n, this.D));
    this.classOf.set(key, c); // the newest class heads the chain of its key
    if (c >= this.cap) this.grow();
    return c;
  }

  private grow(): void {
    const old = this.cap;
    this.cap *= 2;
    if (
      !this.groupCounts &&
      this.scratch.counts === 'auto' &&
      this.tableBytes() > this.scratch.limit
    )
      this.readCountsFromGroups();
    if (this.groupCounts) return;
    for (let p = 0; p < this.m; p++) {
      const w = this.W[p];
      if (!w) continue;
      const bigger = new Int32Array(this.cap * this.U[p]!);
      bigger.set(w.subarray(0, old * this.U[p]!));
      this.W[p] = bigger;
      this.scratch.W[p] = bigger;
    }
  }

  /** What the dense table would take at the current capacity. */
  private tableBytes(): number {
    let entries = 0;
    for (let p = 0; p < this.m; p++) if (this.W[p]) entries += this.U[p]!;
    return entries * this.cap * 4;
  }

  /**
   * Decision 109: from here on (and in the count's later runs) counts are read from the groups.
   * The groups already say which class each is in, so nothing has to be converted.
   */
  private readCountsFromGroups(): void {
    this.groupCounts = new GroupCounts(this.profile, this.table);
    this.order.forEach((c, i) => (this.rank[c] = i));
    this.W.fill(null);
    this.scratch.W.length = 0;
    this.scratch.fromGroups = true;
  }

  readonly cmpClass = (a: number, b: number): number => {
    const x = this.budgetApprox[a]!;
    const y = this.budgetApprox[b]!;
    return close(x, y) ? cmpInt(this.num[a]!, this.num[b]!) : x - y;
  };

  /** p's supporters per (class, utility), in class-index order. */
  private slotsOf(p: number): Slot[] {
    const Up = this.U[p]!;
    if (this.groupCounts) return this.groupCounts.slots(p, this.groupClass, Up);
    const w = this.W[p]!;
    const out: Slot[] = [];
    const n = this.num.length * Up;
    for (let i = 0; i < n; i++) {
      const x = w[i]!;
      if (x !== 0) out.push({ c: (i / Up) | 0, u: i % Up, w: x });
    }
    return out;
  }

  /** Fills slotC/slotU/slotW with p's supporters, poorest per unit of utility first. */
  private sortedSlots(p: number): number {
    const vals = this.table.values[p]!;
    const size = this.num.length * this.U[p]!;
    if (this.slotC.length < size) {
      const grown = Math.max(this.slotC.length * 2, size);
      this.slotC = new Int32Array(grown);
      this.slotU = new Int32Array(grown);
      this.slotW = new Float64Array(grown);
    }
    const { slotC, slotU, slotW, num, budgetApprox } = this;
    let k = 0;
    if (vals.length === 1 && this.groupCounts) {
      k = this.groupCounts.byRank(p, this.groupClass, this.rank, slotC, slotW);
      slotU.fill(0, 0, k);
      return k;
    }
    if (vals.length === 1) {
      // One utility: the order of the budgets, already known.
      const w = this.W[p]!;
      for (const c of this.order) {
        const x = w[c]!;
        if (x === 0) continue;
        slotC[k] = c;
        slotU[k] = 0;
        slotW[k++] = x;
      }
      return k;
    }
    const list = this.slotsOf(p);
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
  }

  /** The least ρ at which p's supporters pay its cost (each ρ·u or all they have), or null. */
  private computeRho(p: number): Rho | null {
    const vals = this.table.values[p]!;
    const count = this.sortedSlots(p);
    const { num, budgetApprox, slotC, slotU, slotW, D } = this;
    // rho = (c − paid) / (remaining utility), on integers: rho = top / (bot·D) with
    // top = (cn·D − pn·cd)·dd and bot = cd·dn.
    const c = this.projects[p]!.cost;
    const cn = c.num;
    const cd = c.den;
    let pn = 0n; // paid so far = pn / D
    let dn = this.table.total[p]!.num; // remaining utility = dn / dd
    let dd = this.table.total[p]!.den;
    // Floats only skip voters that clearly cannot pay the equal share; every decision that
    // could go either way is made on exact integers.
    const cf = c.toNumber();
    let pf = 0; // ≈ paid
    let df = this.table.total[p]!.toNumber(); // ≈ remaining utility
    const slopes = this.slopes;
    // with stability tracking: d(paid)/dβ = spn/spd, unreduced (slopes mostly share denominators)
    let spn = 0n;
    let spd = 1n;
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
          // ρ = (cost − paid)/(remaining utility) moves at −(d paid/dβ)/(remaining utility)
          const s = slopes ? Rational.of(-spn * dd, spd * dn) : undefined;
          return { n: top, d, bot, f: approxRatio(top, d), s };
        }
      }
      if (slopes) {
        const sc = slopes[cls]!;
        if (sc.den === spd) spn += sc.num * w;
        else {
          spn = spn * sc.den + sc.num * w * spd;
          spd *= sc.den;
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
    this.dropHeld = pn;
    if (slopes) this.dropSlope = Rational.of(spn, spd);
    return null;
  }

  /**
   * The integer shares of the chosen project in units of 1/D, after growing D to the smallest
   * multiple that makes them all integers. A voter with utility u pays ρ·u = a/s (in units of
   * 1/D) with a = top·u.num and s = bot·u.den; D·t works iff s/gcd(a, s) divides t, and
   * gcd(a, s) = gcd(a mod s, s) only involves the small s.
   */
  private sharesOf(rho: Rho, vals: readonly Rational[]): bigint[] {
    const a = vals.map((u) => rho.n * u.num);
    const s = vals.map((u) => rho.bot * u.den);
    let t = 1n;
    for (let i = 0; i < vals.length; i++) {
      const need = s[i]! / gcdBig(a[i]! % s[i]!, s[i]!);
      t = (t / gcdBig(t, need)) * need;
    }
    if (t !== 1n) {
      for (const c of this.order) this.num[c] = this.num[c]! * t;
      this.D *= t;
      this.classOf = new Map();
      for (const c of this.order) {
        const key = classKey(this.num[c]!);
        this.sameKey[c] = this.classOf.get(key) ?? -1;
        this.classOf.set(key, c);
      }
    }
    return vals.map((_, i) => (a[i]! * t) / s[i]!);
  }

  /**
   * Each (class, utility) slot of the chosen project pays its share or all it has: the class it
   * moves to (`transition`), and with a trace, the payment objects.
   */
  private charge(chosen: number, shareNum: readonly bigint[], vals: readonly Rational[], rho: Rho) {
    const Uc = this.U[chosen]!;
    const trace = this.rounds !== null;
    // with a trace, the payment groups: (amount, utility, gave all), thousands on diverse ballots
    const groups: RawPayment[] = [];
    const groupOf = new Map<number, number>();
    // each amount numbered as met (keyed as the classes are: a BigInt key would hash badly)
    const amountNo = new Map<number, [bigint, number][]>();
    let amounts = 0;
    let supporters = 0;
    // transition[c*Uc+u] = new class of voters in class c with utility index u
    const transition = new Int32Array(this.num.length * Uc).fill(-1);
    // payOf[c*Uc+u] = what each voter of that slot paid, a numerator over D (trace only)
    const payOf = new Map<number, bigint>();
    for (const sl of this.slotsOf(chosen)) {
      const bn = this.num[sl.c]!;
      const sn = shareNum[sl.u]!;
      const payN = sn <= bn ? sn : bn;
      const key = sl.c * Uc + sl.u;
      transition[key] = this.slopes
        ? this.classFor(
            bn - payN,
            this.keepPayment(bn, sn, this.slopes[sl.c]!, rho.s!, vals[sl.u]!),
          )
        : this.classFor(bn - payN);
      supporters += sl.w;
      if (!trace) continue;
      payOf.set(key, payN);
      if (payN === 0n) continue;
      const gaveAll = sn > bn;
      const ak = classKey(payN);
      let equal = amountNo.get(ak);
      if (!equal) amountNo.set(ak, (equal = []));
      let found = equal.find(([x]) => x === payN);
      if (!found) equal.push((found = [payN, amounts++]));
      const groupKey = (found[1] * Uc + sl.u) * 2 + (gaveAll ? 1 : 0);
      const same = groupOf.get(groupKey);
      if (same !== undefined) groups[same]!.voters += sl.w;
      else {
        groupOf.set(groupKey, groups.length);
        groups.push({ u: sl.u, payN, voters: sl.w, gaveAll });
      }
    }
    const listed = trace ? listPayments(groups, vals, this.D, this.scratch.explanations) : null;
    return { transition, payOf, listed, supporters };
  }

  /** Moves every supporting group to its new class, in the counts of every project it backs. */
  private moveGroups(chosen: number, transition: Int32Array, payOf: Map<number, bigint>): void {
    const { start, flatItems, flatU, weight } = this.table;
    const { groupClass, classVoters, isActive, W, U, paid } = this;
    const Uc = U[chosen]!;
    const chosenGroups = this.profile.supporterGroups[chosen]!;
    const chosenPos = this.table.pos[chosen]!;
    for (let j = 0; j < chosenGroups.length; j++) {
      const g = chosenGroups[j]!;
      const s0 = start[g]!;
      const k = chosenPos[j]!;
      const ui = flatU[s0 + k]!;
      if (ui < 0) continue;
      const oldCls = groupClass[g]!;
      const key = oldCls * Uc + ui;
      const newCls = transition[key]!;
      if (paid) paid[s0 + k] = payOf.get(key) ?? null;
      if (newCls === oldCls) continue;
      groupClass[g] = newCls;
      const wg = weight[g]!;
      classVoters[oldCls] = classVoters[oldCls]! - wg;
      classVoters[newCls] = classVoters[newCls]! + wg;
      if (this.groupCounts) continue; // nothing stored to move (decision 109)
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
  }

  /**
   * Decision 105: the run stays the same for β < perVoter + value/(−slope) as long as an
   * affine quantity (value vn/vd ≥ 0 now, moving at `slope` per unit of β) must not go below 0.
   */
  private tighten(vn: bigint, vd: bigint, slope: Rational): void {
    if (!this.slopes || slope.sign() >= 0) return;
    // bound = (vn/vd) / (−slope)
    const n = vn * slope.den;
    const d = vd * -slope.num;
    const l = this.limit;
    if (l !== null && n * l.d >= l.n * d) return;
    this.limit = { n, d };
    const stop = this.stopAt;
    if (stop !== null && n * stop.den <= stop.num * d) {
      this.slopes = null;
      this.stopped = true;
    }
  }

  /** A dropped project stays unaffordable: what its supporters hold stays below its cost. */
  private keepUnaffordable(p: number): void {
    const c = this.projects[p]!.cost;
    // cost − held = (cn·D − held·cd) / (cd·D) > 0, and held moves at dropSlope
    this.tighten(c.num * this.D - this.dropHeld * c.den, c.den * this.D, this.dropSlope.neg());
  }

  /**
   * Every other candidate stays dearer than the chosen one: its price's lower bound (its last
   * price, an affine function of β whose supporters' partition into "pays all they have" and
   * "pays the share" is fixed, can only underestimate its true price) stays above ρ, or equal
   * when they are tied now and the tie-breaking already preferred the chosen one.
   */
  private keepCheapest(chosen: number, rho: Rho): void {
    for (const q of this.active) {
      if (q === chosen) continue;
      const a = this.afford[q]!;
      const slope = a.s!.sub(rho.s!);
      if (slope.sign() >= 0) continue;
      this.tighten(a.n * rho.d - rho.n * a.d, a.d * rho.d, slope);
    }
  }

  /**
   * One (class, utility) slot of the chosen project pays: its new budget's slope, and the
   * condition that keeps its side of the partition (a voter who pays the share keeps at least
   * ρ·u; one who pays all they have held at most ρ·u). Amounts are numerators over D.
   */
  private keepPayment(bn: bigint, sn: bigint, s: Rational, rhoSlope: Rational, u: Rational) {
    const share = rhoSlope.mul(u);
    if (sn <= bn) {
      const left = s.sub(share);
      this.tighten(bn - sn, this.D, left);
      return left;
    }
    this.tighten(sn - bn, this.D, share.sub(s));
    return Rational.ZERO;
  }

  /** Why p was dropped: what its supporters still held, and what they had spent it on. */
  private recordDrop(p: number): void {
    let voters = 0;
    let total = 0n;
    for (const s of this.slotsOf(p)) {
      total += this.num[s.c]! * BigInt(s.w);
      voters += s.w;
    }
    const money = Rational.of(total, this.D);
    this.drops!.set(p, {
      round: this.round,
      supportersHad: money,
      supporters: voters,
      spentOn: this.spentOnBy(p),
    });
  }

  private spentOnBy(p: number): SpentOn[] {
    const { start, flatItems, weight } = this.table;
    const paid = this.paid!;
    // project q → what p's supporters paid for it, a numerator over paidD[q] (every payment for
    // q was made in the round q was bought), and how many of them; in order of appearance
    const sum: (bigint | undefined)[] = new Array(this.m);
    const voters: number[] = new Array<number>(this.m).fill(0);
    const seen: number[] = [];
    for (const g of this.profile.supporterGroups[p]!) {
      const wg = weight[g]!;
      for (let t = start[g]!; t < start[g + 1]!; t++) {
        const x = paid[t];
        if (x === null || x === undefined || x === 0n) continue;
        const q = flatItems[t]!;
        if (sum[q] === undefined) {
          sum[q] = 0n;
          seen.push(q);
        }
        sum[q] += x * BigInt(wg);
        voters[q]! += wg;
      }
    }
    return seen
      .map((q) => ({
        projectId: this.projects[q]!.id,
        amount: Rational.of(sum[q]!, this.paidD[q]!),
        voters: voters[q]!,
      }))
      .sort((x, y) => y.amount.compare(x.amount));
  }
}
