import { Rational } from '../rational.js';
import type { MesPayment, MesPaymentSummary } from '../outcome.js';

/** How many payment groups a summarised explanation lists (decision 108). */
export const PAYMENTS_LISTED = 10;

/** `explanations` option: `summary` lists the largest payment groups, `full` every one. */
export type ExplanationDetail = 'summary' | 'full';

/**
 * What a project's supporters paid, for its explanation: the summary over every payment group
 * and the groups themselves, most voters first (then the larger amount). On a large, diverse
 * election nearly every supporter who gave all they had left paid a different amount, so a
 * project can have thousands of groups (5 451 in one count of 500 000 voters); a summary lists
 * the largest few, and `full` all of them.
 */
export function paymentsOf(
  all: readonly MesPayment[],
  detail: ExplanationDetail,
): { payments: MesPayment[]; paymentSummary: MesPaymentSummary } {
  let voters = 0;
  let total = Rational.ZERO;
  let least: Rational | null = null;
  let most: Rational | null = null;
  let gaveAllGroups = 0;
  let gaveAllVoters = 0;
  for (const p of all) {
    voters += p.voters;
    total = total.add(p.amountPerVoter.mulInt(BigInt(p.voters)));
    least = least === null ? p.amountPerVoter : Rational.min(least, p.amountPerVoter);
    most = most === null ? p.amountPerVoter : Rational.max(most, p.amountPerVoter);
    if (p.gaveAllTheyHad) {
      gaveAllGroups++;
      gaveAllVoters += p.voters;
    }
  }
  const sorted = [...all].sort(
    (a, b) => b.voters - a.voters || b.amountPerVoter.compare(a.amountPerVoter),
  );
  const payments = detail === 'full' ? sorted : sorted.slice(0, PAYMENTS_LISTED);
  return {
    payments,
    paymentSummary: {
      groups: all.length,
      voters,
      total,
      least: least ?? Rational.ZERO,
      most: most ?? Rational.ZERO,
      gaveAllTheyHad: { groups: gaveAllGroups, voters: gaveAllVoters },
    },
  };
}
