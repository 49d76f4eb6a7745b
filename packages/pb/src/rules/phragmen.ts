import { Rational } from '../rational.js';
import type { Election } from '../election.js';
import type { Explanation, Outcome } from '../outcome.js';
import { profileOf } from '../profile.js';
import { PABUTOOLS_TIES, breakTie, type TieBreaking } from '../tiebreak.js';
import { explanationsFrom, sumCost } from './common.js';

export interface PhragmenOptions {
  tie?: TieBreaking;
}

/**
 * Sequential Phragmén (pabutools' definition): voters earn money continuously; a project is
 * bought as soon as its supporters together hold its cost, and each of them is left with the
 * same load. Stops at the first project that would break the budget. Projects nobody supports
 * come last (infinite load), in tie-breaking order, while they all fit.
 */
export function phragmen(election: Election, options: PhragmenOptions = {}): Outcome {
  const profile = profileOf(election);
  const tie = options.tie ?? PABUTOOLS_TIES;
  const projects = election.projects;
  const load = new Array<Rational>(profile.groupCount).fill(Rational.ZERO);
  const why = new Map<number, Explanation>();
  let remaining = new Set<number>();
  projects.forEach((p, i) => {
    if (p.withdrawn) why.set(i, { code: 'withdrawn' });
    else if (p.cost.gt(election.budget))
      why.set(i, { code: 'phragmen-not-selected', round: 0, reason: 'did-not-fit' });
    else remaining.add(i);
  });
  const winners: number[] = [];
  let cost = Rational.ZERO;
  let round = 0;
  while (remaining.size > 0) {
    round++;
    let best: Rational | null = null; // null load = +∞ (no supporters)
    let bestInfinite = true;
    let tied: number[] = [];
    for (const p of remaining) {
      const approvals = profile.approvals[p] as number;
      let newLoad: Rational | null = null;
      if (approvals > 0) {
        const terms: [Rational, bigint][] = [];
        for (const g of profile.supporterGroups[p]!)
          terms.push([load[g]!, BigInt(profile.groupWeight[g]!)]);
        newLoad = Rational.weightedSum(terms).add(projects[p]!.cost).divInt(BigInt(approvals));
      }
      let c: number;
      if (tied.length === 0) c = -1;
      else if (newLoad === null) c = bestInfinite ? 0 : 1;
      else c = bestInfinite ? -1 : newLoad.compare(best!);
      if (c < 0) {
        best = newLoad;
        bestInfinite = newLoad === null;
        tied = [p];
      } else if (c === 0) tied.push(p);
    }
    if (tied.some((p) => cost.add(projects[p]!.cost).gt(election.budget))) {
      for (const p of remaining)
        why.set(p, { code: 'phragmen-not-selected', round, reason: 'budget-stop' });
      break;
    }
    const chosen = breakTie(profile, tied, tie);
    if (best !== null) {
      for (const g of profile.supporterGroups[chosen]!) load[g] = best;
      why.set(chosen, { code: 'phragmen-selected', round, load: best });
    } else why.set(chosen, { code: 'phragmen-selected', round, load: Rational.ZERO });
    winners.push(chosen);
    cost = cost.add(projects[chosen]!.cost);
    remaining = new Set([...remaining].filter((p) => p !== chosen));
  }
  return {
    rule: 'sequential-phragmen',
    budget: election.budget,
    winners: winners.map((i) => projects[i]!.id),
    totalCost: sumCost(election, winners),
    explanations: explanationsFrom(election, new Set(winners), why),
    mes: null,
  };
}
