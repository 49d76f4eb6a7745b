import type { Election } from '../election.js';
import type { Explanation, Outcome } from '../outcome.js';
import { profileOf } from '../profile.js';
import { PABUTOOLS_TIES, orderTied, type TieBreaking } from '../tiebreak.js';
import { explanationsFrom, scoreGroups, scores, sumCost } from './common.js';

export interface ClujOptions {
  /** Maximum number of funded projects (N). */
  maxWinners: number;
  /** Also require the winners to fit in the budget (default false: Cluj-Napoca counts winners). */
  withinBudget?: boolean;
  /** Project column holding the domain (default `category`; the first listed domain counts). */
  domainField?: string;
  tie?: TieBreaking;
}

/**
 * Cluj-Napoca's rule: first the most-voted project of each domain, then the remaining projects
 * by votes regardless of domain, until N winners (and, optionally, within the budget).
 */
export function cluj(election: Election, options: ClujOptions): Outcome {
  if (!Number.isSafeInteger(options.maxWinners) || options.maxWinners < 0) {
    throw new RangeError('maxWinners must be a non-negative integer');
  }
  const profile = profileOf(election);
  const tie = options.tie ?? PABUTOOLS_TIES;
  const field = options.domainField ?? 'category';
  const votes = scores(profile, 'votes');
  const projects = election.projects;
  const why = new Map<number, Explanation>();
  const domainOf = (i: number): string => {
    const raw = projects[i]!.fields.get(field) ?? '';
    return raw.split(',')[0]!.trim() || '(none)';
  };
  const candidates: number[] = [];
  projects.forEach((p, i) =>
    p.withdrawn ? why.set(i, { code: 'withdrawn' }) : candidates.push(i),
  );
  const ranked = scoreGroups(candidates, votes).flatMap((g) =>
    g.length > 1 ? orderTied(profile, g, tie) : g,
  );
  const winners: number[] = [];
  const chosen = new Set<number>();
  let remaining = election.budget;
  const fits = (i: number): boolean => !options.withinBudget || projects[i]!.cost.le(remaining);
  // Phase 1: the top project of each domain, domains taken in the order of their top project.
  const topOf = new Map<string, number>();
  for (const i of ranked) {
    const d = domainOf(i);
    if (!topOf.has(d) && fits(i)) topOf.set(d, i);
  }
  for (const [domain, i] of topOf) {
    if (winners.length >= options.maxWinners || !fits(i)) continue;
    why.set(i, {
      code: 'cluj-domain-top',
      domain,
      votes: profile.approvals[i] as number,
      remainingBefore: remaining,
    });
    winners.push(i);
    chosen.add(i);
    remaining = remaining.sub(projects[i]!.cost);
  }
  // Phase 2: the rest by votes.
  ranked.forEach((i, k) => {
    if (chosen.has(i)) return;
    const v = profile.approvals[i] as number;
    if (winners.length >= options.maxWinners) {
      why.set(i, { code: 'cluj-not-selected', votes: v, reason: 'winner-limit', remaining });
    } else if (!fits(i)) {
      why.set(i, { code: 'cluj-not-selected', votes: v, reason: 'did-not-fit', remaining });
    } else {
      why.set(i, { code: 'cluj-selected', votes: v, rank: k + 1, remainingBefore: remaining });
      winners.push(i);
      chosen.add(i);
      remaining = remaining.sub(projects[i]!.cost);
    }
  });
  return {
    rule: `cluj(N=${options.maxWinners}${options.withinBudget ? ', within budget' : ''})`,
    budget: election.budget,
    winners: winners.map((i) => projects[i]!.id),
    totalCost: sumCost(election, winners),
    explanations: explanationsFrom(election, chosen, why),
    mes: null,
  };
}
