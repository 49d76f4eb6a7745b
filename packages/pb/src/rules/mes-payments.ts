import type { MesPayment, MesPaymentSummary } from '../outcome.js';

/** How many payment groups a summarised explanation lists (decision 108). */
export const PAYMENTS_LISTED = 10;

/** `explanations` option: `summary` lists the largest payment groups, `full` every one. */
export type ExplanationDetail = 'summary' | 'full';

/**
 * What a project's supporters paid, for its explanation: the summary over every payment group
 * (made by the run, `MesRunState.summaryOf`) and the groups themselves, most voters first (then
 * the larger amount). On a large, diverse election nearly every supporter who gave all they had
 * left paid a different amount, so a project can have thousands of groups (5 451 in one count of
 * 500 000 voters); a summary lists the largest few, and `full` all of them.
 */
export function paymentsOf(
  all: readonly MesPayment[],
  paymentSummary: MesPaymentSummary,
  detail: ExplanationDetail,
): { payments: MesPayment[]; paymentSummary: MesPaymentSummary } {
  const sorted = [...all].sort(
    (a, b) => b.voters - a.voters || b.amountPerVoter.compare(a.amountPerVoter),
  );
  return {
    payments: detail === 'full' ? sorted : sorted.slice(0, PAYMENTS_LISTED),
    paymentSummary,
  };
}
