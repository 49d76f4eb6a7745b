/**
 * Exact rational numbers on BigInt. Every amount, price and utility in counting is a Rational;
 * floating point is never used to decide anything (only `toNumber()` for display).
 */

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

const DECIMAL = /^\s*([+-]?)(\d*)(?:[.,](\d*))?(?:[eE]([+-]?\d+))?\s*$/;

export class Rational {
  /** Numerator; the sign of the number. */
  readonly num: bigint;
  /** Denominator; always positive, coprime with `num`. */
  readonly den: bigint;

  private constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
  }

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  /** num/den, reduced. Throws RangeError on a zero denominator. */
  static of(num: bigint | number, den: bigint | number = 1n): Rational {
    let n = typeof num === 'bigint' ? num : Rational.intFromNumber(num);
    let d = typeof den === 'bigint' ? den : Rational.intFromNumber(den);
    if (d === 0n) throw new RangeError('Rational: zero denominator');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    if (d === 1n) return new Rational(n, 1n);
    const g = gcd(n, d);
    return g === 1n ? new Rational(n, d) : new Rational(n / g, d / g);
  }

  /** An integer. */
  static int(n: bigint | number): Rational {
    return new Rational(typeof n === 'bigint' ? n : Rational.intFromNumber(n), 1n);
  }

  private static intFromNumber(n: number): bigint {
    if (!Number.isSafeInteger(n)) throw new RangeError(`Rational: ${n} is not a safe integer`);
    return BigInt(n);
  }

  /**
   * Parses a decimal string exactly: "12", "-3.25", "1,5" (comma decimal), "2.5e3", ".5".
   * Throws RangeError if the text is not a decimal number.
   */
  static fromDecimalString(text: string): Rational {
    const m = DECIMAL.exec(text);
    if (!m) throw new RangeError(`not a decimal number: "${text}"`);
    const sign = m[1] === '-' ? -1n : 1n;
    const intPart = m[2] ?? '';
    const fracPart = m[3] ?? '';
    if (intPart === '' && fracPart === '') throw new RangeError(`not a decimal number: "${text}"`);
    const exp = m[4] === undefined ? 0 : Number(m[4]);
    if (!Number.isSafeInteger(exp) || Math.abs(exp) > 10_000) {
      throw new RangeError(`exponent out of range: "${text}"`);
    }
    let num = BigInt((intPart || '0') + fracPart) * sign;
    let den = 10n ** BigInt(fracPart.length);
    if (exp > 0) num *= 10n ** BigInt(exp);
    else if (exp < 0) den *= 10n ** BigInt(-exp);
    return Rational.of(num, den);
  }

  /** Accepts a Rational, a bigint, a safe integer or a decimal string. */
  static from(x: Rational | bigint | number | string): Rational {
    if (x instanceof Rational) return x;
    if (typeof x === 'string') return Rational.fromDecimalString(x);
    return Rational.int(x);
  }

  add(o: Rational): Rational {
    if (this.den === o.den) return Rational.of(this.num + o.num, this.den);
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }

  sub(o: Rational): Rational {
    if (this.den === o.den) return Rational.of(this.num - o.num, this.den);
    return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }

  mul(o: Rational): Rational {
    if (this.den === 1n && o.den === 1n) return new Rational(this.num * o.num, 1n);
    return Rational.of(this.num * o.num, this.den * o.den);
  }

  /** Throws RangeError when dividing by zero. */
  div(o: Rational): Rational {
    if (o.num === 0n) throw new RangeError('Rational: division by zero');
    return Rational.of(this.num * o.den, this.den * o.num);
  }

  mulInt(k: bigint): Rational {
    return this.den === 1n ? new Rational(this.num * k, 1n) : Rational.of(this.num * k, this.den);
  }

  divInt(k: bigint): Rational {
    return Rational.of(this.num, this.den * k);
  }

  neg(): Rational {
    return new Rational(-this.num, this.den);
  }

  /** -1, 0 or 1. */
  compare(o: Rational): number {
    if (this.den === o.den) return this.num < o.num ? -1 : this.num > o.num ? 1 : 0;
    const l = this.num * o.den;
    const r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  eq(o: Rational): boolean {
    return this.num === o.num && this.den === o.den;
  }
  lt(o: Rational): boolean {
    return this.compare(o) < 0;
  }
  le(o: Rational): boolean {
    return this.compare(o) <= 0;
  }
  gt(o: Rational): boolean {
    return this.compare(o) > 0;
  }
  ge(o: Rational): boolean {
    return this.compare(o) >= 0;
  }

  sign(): number {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }
  isZero(): boolean {
    return this.num === 0n;
  }
  isInteger(): boolean {
    return this.den === 1n;
  }

  /** Largest integer ≤ this. */
  floor(): bigint {
    const q = this.num / this.den;
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }

  /** Smallest integer ≥ this. */
  ceil(): bigint {
    return -this.neg().floor();
  }

  static min(a: Rational, b: Rational): Rational {
    return a.compare(b) <= 0 ? a : b;
  }
  static max(a: Rational, b: Rational): Rational {
    return a.compare(b) >= 0 ? a : b;
  }
  static sum(xs: Iterable<Rational>): Rational {
    let s = Rational.ZERO;
    for (const x of xs) s = s.add(x);
    return s;
  }

  /**
   * Σ x·w, exact, over the least common denominator of the terms, reduced once at the end.
   * The amounts MES sums (what a project's supporters paid in one round) all divide that
   * round's denominator, so the common one stays below it; multiplying the denominators
   * together instead grew it to thousands of digits on diverse ballots.
   */
  static weightedSum(terms: Iterable<readonly [Rational, bigint]>): Rational {
    let n = 0n;
    let d = 1n;
    for (const [x, w] of terms) {
      if (x.den === d) n += x.num * w;
      else if (d % x.den === 0n) n += x.num * w * (d / x.den);
      else {
        const g = gcd(d, x.den);
        const f = x.den / g;
        n = n * f + x.num * w * (d / g);
        d *= f;
      }
    }
    return Rational.of(n, d);
  }

  /** Approximate value, for display and for cheap pre-ordering only. */
  toNumber(): number {
    const n = Number(this.num);
    const d = Number(this.den);
    if (Number.isFinite(n) && Number.isFinite(d)) return n / d;
    // Very large numerator or denominator: scale down first.
    const shift = BigInt(Math.max(this.num.toString(2).length, this.den.toString(2).length) - 1000);
    return (
      Number(this.num >> (shift > 0n ? shift : 0n)) / Number(this.den >> (shift > 0n ? shift : 0n))
    );
  }

  /** "7/3", or "5" for integers. Exact. */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }

  /**
   * Exact decimal text when the denominator has only factors 2 and 5 ("12.5"), otherwise
   * rounded half-up to `maxDigits` fraction digits.
   */
  toDecimalString(maxDigits = 20): string {
    if (this.den === 1n) return this.num.toString();
    let d = this.den;
    let twos = 0;
    let fives = 0;
    while (d % 2n === 0n) {
      d /= 2n;
      twos++;
    }
    while (d % 5n === 0n) {
      d /= 5n;
      fives++;
    }
    const digits = d === 1n ? Math.max(twos, fives) : maxDigits;
    return Rational.formatFixed(this, digits, d === 1n);
  }

  /** Decimal text with exactly `digits` fraction digits, rounded half away from zero. */
  toFixed(digits: number): string {
    return Rational.formatFixed(this, digits, false);
  }

  private static formatFixed(x: Rational, digits: number, trimZeros: boolean): string {
    const neg = x.num < 0n;
    const abs = neg ? -x.num : x.num;
    const scale = 10n ** BigInt(digits);
    const scaled = (abs * scale * 2n + x.den) / (2n * x.den);
    const intPart = scaled / scale;
    let frac = (scaled % scale).toString().padStart(digits, '0');
    if (trimZeros) frac = frac.replace(/0+$/, '');
    const body = frac.length > 0 ? `${intPart}.${frac}` : `${intPart}`;
    return neg && scaled !== 0n ? `-${body}` : body;
  }

  toJSON(): string {
    return this.toString();
  }
}
