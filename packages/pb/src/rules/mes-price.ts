import type { Rational } from '../rational.js';

/**
 * Exact prices and budget classes for the MES run (`mes-run.ts`): comparisons that let floats
 * decide only when they are clearly apart, and the order of the live budget classes.
 */

/**
 * A price ρ = n/d, kept unreduced (reducing costs a gcd of numbers with hundreds of digits and
 * a price is compared far more often than it is shown), with f ≈ ρ for cheap pre-ordering.
 */
export interface Price {
  readonly n: bigint;
  readonly d: bigint;
  readonly f: number;
  /** With stability tracking (decision 105): dρ/dβ of this price (a lower bound's slope). */
  readonly s?: Rational;
}

/** A price found by computeRho: n = top, d = bot·D, where bot is a small integer. */
export interface Rho extends Price {
  readonly bot: bigint;
}

/** The exact order of two prices; floats decide only when they are clearly apart. */
export function comparePrices(a: Price, b: Price): number {
  const diff = a.f - b.f;
  const scale = Math.max(Math.abs(a.f), Math.abs(b.f));
  if (Number.isFinite(diff) && Math.abs(diff) > 1e-9 * scale) return diff < 0 ? -1 : 1;
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const close = (a: number, b: number): boolean =>
  !(Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), Math.abs(b)));

export const cmpInt = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The live classes by increasing budget after a purchase: the classes that lost their last
 * voter leave, the classes voters moved into (new ones, or dead ones revived) are sorted and
 * merged in. Budgets of the other classes did not change, so their order holds.
 */
export function updateOrder(
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

export function gcdBig(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a < 0n ? -a : a;
}

/** n/d as a float without reducing the fraction (display and pre-ordering only). */
export function approxRatio(n: bigint, d: bigint): number {
  const x = Number(n);
  const y = Number(d);
  if (Number.isFinite(x) && Number.isFinite(y)) return x / y;
  const shift = BigInt(Math.max(d.toString(16).length * 4 - 900, 0));
  return Number(n >> shift) / Number(d >> shift);
}
