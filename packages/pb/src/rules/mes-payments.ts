import { Rational } from '../rational.js';
import { cmpInt } from './mes-price.js';
import type { MesPayment, MesPaymentSummary } from '../outcome.js';

/** How many payment groups a summarised explanation lists (decision 108). */
export const PAYMENTS_LISTED = 10;

/** `explanations` option: `summary` lists the largest payment groups, `full` every one. */
export type ExplanationDetail = 'summary' | 'full';

/** One payment group of a round as the run finds it: the amount a numerator over the run's D. */
export interface RawPayment {
  /** Index of the voters' utility in the project's values. */
  readonly u: number;
  readonly payN: bigint;
  voters: number;
  readonly gaveAll: boolean;
}

/**
 * What a project's supporters paid, for its explanation: the summary over every payment group
 * and the groups themselves, most voters first (then the larger amount). On a large, diverse
 * election nearly every supporter who gave all they had left paid a different amount, so a
 * project can have thousands of groups (5 451 in one count of 500 000 voters); a summary lists
 * the largest few, and `full` all of them. Every amount of a round is a numerator over the same
 * D, so the sums and comparisons are on integers and only the listed amounts are reduced to
 * lowest terms (a gcd of numbers with hundreds of digits each: the largest cost of an explained
 * run when every amount was).
 */
export function listPayments(
  all: readonly RawPayment[],
  utilities: readonly Rational[],
  D: bigint,
  detail: ExplanationDetail,
): { payments: MesPayment[]; summary: MesPaymentSummary } {
  let voters = 0;
  let total = 0n;
  let least: bigint | null = null;
  let most: bigint | null = null;
  let gaveAllGroups = 0;
  let gaveAllVoters = 0;
  for (const p of all) {
    voters += p.voters;
    total += p.payN * BigInt(p.voters);
    if (least === null || p.payN < least) least = p.payN;
    if (most === null || p.payN > most) most = p.payN;
    if (p.gaveAll) {
      gaveAllGroups++;
      gaveAllVoters += p.voters;
    }
  }
  const sorted = [...all].sort((a, b) => b.voters - a.voters || cmpInt(b.payN, a.payN));
  const listed = detail === 'full' ? sorted : sorted.slice(0, PAYMENTS_LISTED);
  return {
    payments: listed.map((p) => ({
      utility: utilities[p.u]!,
      amountPerVoter: Rational.of(p.payN, D),
      voters: p.voters,
      gaveAllTheyHad: p.gaveAll,
    })),
    summary: {
      groups: all.length,
      voters,
      total: Rational.of(total, D),
      least: least === null ? Rational.ZERO : Rational.of(least, D),
      most: most === null ? Rational.ZERO : Rational.of(most, D),
      gaveAllTheyHad: { groups: gaveAllGroups, voters: gaveAllVoters },
    },
  };
}
