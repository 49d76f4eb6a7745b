import { Rational } from './rational.js';
import type { Election } from './election.js';
import type { Outcome } from './outcome.js';
import { profileOf } from './profile.js';
import { preferenceCount } from './rules/mes.js';

export interface OutcomeStatistics {
  readonly winners: number;
  readonly totalCost: Rational;
  /** totalCost / budget. */
  readonly budgetShare: Rational;
  readonly voters: number;
  /** Voters with at least one funded project on their ballot. */
  readonly votersWithFunded: number;
  /** Average number of funded projects on a ballot (all ballots, empty ones too). */
  readonly avgFundedApproved: Rational;
  /** distribution[k] = number of voters with exactly k funded projects on their ballot. */
  readonly distribution: readonly number[];
}

export function statistics(election: Election, outcome: Outcome): OutcomeStatistics {
  const profile = profileOf(election);
  const funded = new Set(outcome.winners.map((id) => profile.index.get(id)));
  const distribution = new Array<number>(outcome.winners.length + 1).fill(0);
  let withFunded = 0;
  let total = 0;
  const { groupCount, groupStart, groupItems, groupWeight } = profile;
  for (let g = 0; g < groupCount; g++) {
    let k = 0;
    for (let t = groupStart[g]!; t < groupStart[g + 1]!; t++) if (funded.has(groupItems[t]!)) k++;
    const w = groupWeight[g]!;
    distribution[k] = (distribution[k] as number) + w;
    if (k > 0) withFunded += w;
    total += k * w;
  }
  const n = Math.max(profile.n, 1);
  return {
    winners: outcome.winners.length,
    totalCost: outcome.totalCost,
    budgetShare: election.budget.isZero() ? Rational.ZERO : outcome.totalCost.div(election.budget),
    voters: profile.n,
    votersWithFunded: withFunded,
    avgFundedApproved: Rational.of(BigInt(total), BigInt(n)),
    distribution,
  };
}

export interface OutcomeComparison {
  readonly both: readonly string[];
  readonly onlyA: readonly string[];
  readonly onlyB: readonly string[];
  /** Voters whose ballot has more funded projects under A (resp. B). */
  readonly prefersA: number;
  readonly prefersB: number;
  readonly indifferent: number;
  readonly a: OutcomeStatistics;
  readonly b: OutcomeStatistics;
}

export function compareOutcomes(election: Election, a: Outcome, b: Outcome): OutcomeComparison {
  const profile = profileOf(election);
  const inB = new Set(b.winners);
  const inA = new Set(a.winners);
  const idx = (ids: readonly string[]): number[] =>
    ids.map((id) => profile.index.get(id) as number);
  const pref = preferenceCount(profile, idx(a.winners), idx(b.winners));
  return {
    both: a.winners.filter((id) => inB.has(id)),
    onlyA: a.winners.filter((id) => !inB.has(id)),
    onlyB: b.winners.filter((id) => !inA.has(id)),
    prefersA: pref.prefersA,
    prefersB: pref.prefersB,
    indifferent: pref.indifferent,
    a: statistics(election, a),
    b: statistics(election, b),
  };
}
