import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Rational } from '../src/index.js';

describe('Rational', () => {
  test('decimal strings, with comma or point, exactly', () => {
    expect(Rational.fromDecimalString('1,5').eq(Rational.of(3n, 2n))).toBe(true);
    expect(Rational.fromDecimalString('-0.125').toString()).toBe('-1/8');
    expect(Rational.fromDecimalString('2.5e3').toString()).toBe('2500');
    expect(Rational.fromDecimalString('.5').toString()).toBe('1/2');
    expect(() => Rational.fromDecimalString('1.2.3')).toThrow(RangeError);
    expect(() => Rational.fromDecimalString('')).toThrow(RangeError);
    expect(Rational.of(1n, 3n).toDecimalString(5)).toBe('0.33333');
    expect(Rational.of(-7n, 2n).floor()).toBe(-4n);
    expect(Rational.of(7n, 2n).floor()).toBe(3n);
    expect(Rational.of(-7n, 2n).ceil()).toBe(-3n);
    expect(() => Rational.ONE.div(Rational.ZERO)).toThrow(RangeError);
  });

  test('field laws on random fractions', () => {
    const r = fc
      .tuple(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
      )
      .map(([n, d]) => Rational.of(n, d));
    fc.assert(
      fc.property(r, r, r, (a, b, c) => {
        expect(a.add(b).sub(b).eq(a)).toBe(true);
        expect(a.mul(b.add(c)).eq(a.mul(b).add(a.mul(c)))).toBe(true);
        if (!b.isZero()) expect(a.div(b).mul(b).eq(a)).toBe(true);
        expect(a.compare(b)).toBe(-b.compare(a));
        expect(
          Rational.weightedSum([
            [a, 3n],
            [b, 2n],
          ]).eq(a.mulInt(3n).add(b.mulInt(2n))),
        ).toBe(true);
        const f = a.floor();
        expect(Rational.int(f).le(a) && a.lt(Rational.int(f + 1n))).toBe(true);
      }),
    );
  });
});
