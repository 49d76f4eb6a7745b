import { Rational } from '../rational.js';
import type { Profile } from '../profile.js';
import { breakTie, type TieBreaking } from '../tiebreak.js';
import type { CountWatch } from '../progress.js';
import { MesRunState, MesScratch, type MesDrop, type MesRoundTrace } from './mes-run.js';
import type { UtilityTable } from './mes-table.js';

export { utilityTable, type Utility, type UtilityTable } from './mes-table.js';
export { MesScratch, type MesDrop, type MesRoundTrace, type Stability } from './mes-run.js';

export interface MesRun {
  /** Project indices in the order bought (free projects first). */
  readonly winners: number[];
  readonly free: number[];
  readonly cost: Rational;
  readonly rounds: MesRoundTrace[] | null;
  readonly drops: Map<number, MesDrop> | null;
  /**
   * With a trace: paid(groupStart[g] + k) = what each voter of ballot group g paid for item k
   * (or null).
   */
  readonly paid: ((item: number) => Rational | null) | null;
  /**
   * Asked for with `stability`: the run buys the same projects in the same order for every
   * per-voter budget β with perVoter ≤ β < perVoter + stableFor (null: no bound found, i.e.
   * for every larger β). Decision 105. With `stopAt`: 0 as soon as the bound is found to be
   * at most `stopAt` (tracking stops there; decision 107).
   */
  readonly stableFor: Rational | null;
}

/**
 * One run of the Method of Equal Shares with a fixed per-voter budget, exact, on ballot groups
 * (how the state is kept: `MesRunState`). Free projects with supporters are bought first; then
 * each round prices the candidates, drops those their supporters cannot pay for, breaks a tie
 * among the cheapest, and charges the winner's supporters. A `watch` hears of every round and
 * may stop the run there (AbortError).
 */
export function runMes(
  profile: Profile,
  table: UtilityTable,
  perVoter: Rational,
  eligible: ReadonlySet<number>,
  tie: TieBreaking,
  trace: boolean,
  scratch: MesScratch = new MesScratch(),
  stability = false,
  stopAt: Rational | null = null,
  watch: CountWatch | null = null,
): MesRun {
  const run = new MesRunState(profile, table, perVoter, scratch, trace, stability, stopAt);
  run.seed(eligible);
  for (;;) {
    run.round++;
    const cheapest = run.findCheapest();
    if (cheapest === null) break;
    const { tied, prices } = cheapest;
    const k = tied.length === 1 ? 0 : tied.indexOf(breakTie(profile, tied, tie));
    run.buy(tied[k]!, prices[k]!);
    watch?.round(run.round);
  }
  run.finish();
  const { winners, free, cost, rounds, drops, limit } = run;
  const paidNum = run.paid;
  const paid = paidNum
    ? (t: number): Rational | null => {
        const x = paidNum[t];
        return x === null || x === undefined
          ? null
          : Rational.of(x, run.paidD[table.flatItems[t]!]!);
      }
    : null;
  const stableFor =
    !stability || limit === null
      ? null
      : run.stopped
        ? Rational.ZERO
        : Rational.of(limit.n, limit.d);
  return { winners, free, cost, rounds, drops, paid, stableFor };
}
