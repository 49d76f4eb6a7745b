import { Rational } from '../rational.js';
import type { Election } from '../election.js';
import type { ComparisonStep, Explanation, Outcome } from '../outcome.js';
import { profileOf, type Profile } from '../profile.js';
import { PABUTOOLS_TIES, type TieBreaking } from '../tiebreak.js';
import { explanationsFrom, scores, sumCost } from './common.js';
import { runGreedy } from './greedy.js';
import { MesScratch, runMes, utilityTable, type MesRun, type Utility } from './mes-core.js';

/**
 * - `none`: plain MES with the budget B split equally (B/n each).
 * - `add1`: pabulib's checker: plain MES, then each voter holds ⌊B/n⌋+1, +2, … ; keep the last
 *   outcome that costs at most B, stop at the first that costs more.
 * - `add1-exhaustive`: the equalshares compute tool's default (exhaustive, integral): start at
 *   ⌊B/n⌋, and also stop as soon as no unselected project fits in what is left.
 * - `add1u`: `add1-exhaustive`, then the utilitarian completion.
 * - `utilitarian`: plain MES, then the remaining projects by votes, added if they fit.
 */
export type Completion = 'none' | 'add1' | 'add1-exhaustive' | 'add1u' | 'utilitarian';

export interface Eligibility {
  /**
   * Świecie's threshold: a project takes part only if (its supporters / n) ≥ cost / (factor · B).
   * Świecie 2023 used factor 3.
   */
  supportShareFactor: Rational | number | string;
}

export interface MesOptions {
  /** Default: cost for approval ballots, points for cumulative/scoring, borda for ordinal. */
  utility?: Utility;
  completion?: Completion;
  /** Per-voter step of the add1 completions (default 1). */
  increment?: Rational | number | string;
  /** Compare with greedy (by votes) and switch if strictly more voters prefer greedy. */
  comparison?: boolean | 'satisfaction' | 'exclusion';
  eligibility?: Eligibility | null;
  tie?: TieBreaking;
  /** Ties among equal vote counts in the utilitarian completion and the comparison's greedy (default: `tie`). */
  completionTie?: TieBreaking;
  /** Per-voter budget for a plain run (default B/n). */
  perVoterBudget?: Rational;
}

export function defaultUtility(election: Election): Utility {
  switch (election.voteType) {
    case 'cumulative':
    case 'scoring':
      return 'points';
    case 'ordinal':
      return 'borda';
    default:
      return 'cost';
  }
}

/** Projects that pass the eligibility threshold (and are not withdrawn). */
export function eligibleProjects(
  profile: Profile,
  eligibility: Eligibility | null | undefined,
): Set<number> {
  const e = profile.election;
  const out = new Set<number>();
  e.projects.forEach((p, i) => {
    if (p.withdrawn) return;
    if (eligibility) {
      const f = Rational.from(eligibility.supportShareFactor);
      // approvals / n ≥ cost / (f·B)  ⇔  approvals·f·B ≥ cost·n
      const lhs = f.mul(e.budget).mulInt(BigInt(profile.approvals[i] as number));
      const rhs = p.cost.mulInt(BigInt(profile.n));
      if (lhs.lt(rhs)) return;
    }
    out.add(i);
  });
  return out;
}

/** The Method of Equal Shares, with the completion, comparison and eligibility options. */
export function mes(election: Election, options: MesOptions = {}): Outcome {
  const profile = profileOf(election);
  const utility = options.utility ?? defaultUtility(election);
  const completion = options.completion ?? 'none';
  const tie = options.tie ?? PABUTOOLS_TIES;
  const completionTie = options.completionTie ?? tie;
  const increment =
    options.increment === undefined ? Rational.ONE : Rational.from(options.increment);
  const table = utilityTable(profile, utility);
  const eligible = eligibleProjects(profile, options.eligibility);
  const B = election.budget;
  const n = BigInt(Math.max(profile.n, 1));
  const projects = election.projects;
  const scratch = new MesScratch();
  const run = (perVoter: Rational, trace = false): MesRun =>
    runMes(profile, table, perVoter, eligible, tie, trace, scratch);

  let perVoter = options.perVoterBudget ?? B.divInt(n);
  let runs: number;
  let result: MesRun;
  const floorShare = Rational.int(B.divInt(n).floor());
  // Σ cost of the projects MES may buy: past this per-voter budget nothing can change.
  const allCost = sumCost(election, eligible);
  if (completion === 'none' || completion === 'utilitarian') {
    result = run(perVoter, true);
    runs = 1;
  } else if (completion === 'add1') {
    result = run(perVoter);
    runs = 1;
    for (let b = floorShare.add(increment); ; b = b.add(increment)) {
      const next = run(b);
      runs++;
      if (next.cost.gt(B)) break;
      result = next;
      perVoter = b;
      if (b.gt(allCost)) break;
    }
  } else {
    // add1-exhaustive and add1u (the compute tool's "exhaustive, integral" add1)
    if (allCost.le(B)) {
      result = run(perVoter);
      runs = 1;
    } else {
      perVoter = floorShare;
      result = run(perVoter);
      runs = 1;
      for (;;) {
        if (isExhaustive(election, eligible, result.winners, result.cost)) break;
        const b = perVoter.add(increment);
        const next = run(b);
        runs++;
        if (next.cost.gt(B)) break;
        result = next;
        perVoter = b;
        if (b.gt(allCost)) break;
      }
    }
  }
  if (result.rounds === null) result = run(perVoter, true);

  const why = new Map<number, Explanation>();
  for (const p of result.free)
    why.set(p, {
      code: 'free',
      note: 'selected before counting because it costs nothing and has supporters',
    });
  result.rounds!.forEach((r, k) =>
    why.set(r.project, {
      code: 'mes-selected',
      round: k + 1,
      rho: r.rho,
      payments: r.payments,
      supporters: r.supporters,
      remainingAfter: r.remainingAfter,
      perVoterBudget: perVoter,
    }),
  );
  for (const [p, d] of result.drops!) {
    why.set(p, {
      code: 'mes-unaffordable',
      round: d.round,
      supportersHad: d.supportersHad,
      needed: projects[p]!.cost,
      supporters: d.supporters,
      spentOn: d.spentOn,
      perVoterBudget: perVoter,
    });
  }
  const removedByEligibility: string[] = [];
  projects.forEach((p, i) => {
    if (p.withdrawn) why.set(i, { code: 'withdrawn' });
    else if (!eligible.has(i)) {
      removedByEligibility.push(p.id);
      const f = Rational.from(options.eligibility!.supportShareFactor);
      why.set(i, {
        code: 'ineligible',
        supportShare: Rational.of(BigInt(profile.approvals[i] as number), n),
        required: p.cost.div(f.mul(B)),
        factor: f,
      });
    }
  });

  let winners = [...result.winners];
  let totalCost = result.cost;
  const completionAdded: string[] = [];
  if (completion === 'utilitarian' || completion === 'add1u') {
    const added = utilitarianCompletion(
      profile,
      eligible,
      winners,
      totalCost,
      completionTie,
      why,
      completion,
    );
    for (const p of added) completionAdded.push(projects[p]!.id);
    winners = [...winners, ...added];
    totalCost = sumCost(election, winners);
  }

  let comparison: ComparisonStep | null = null;
  if (options.comparison) {
    const mode = options.comparison === 'exclusion' ? 'exclusion' : 'satisfaction';
    const greedyWhy = new Map<number, Explanation>();
    const g = utilitarianCompletion(
      profile,
      eligible,
      [],
      Rational.ZERO,
      completionTie,
      greedyWhy,
      'comparison-greedy',
    );
    const { prefersA, prefersB } = preferenceCount(profile, winners, g, mode);
    const switched = prefersB > prefersA;
    comparison = { prefersMes: prefersA, prefersGreedy: prefersB, switchedToGreedy: switched };
    if (switched) {
      winners = g;
      totalCost = sumCost(election, g);
      for (const [p, x] of greedyWhy) why.set(p, x);
    }
  }

  const label =
    `mes(${utility})` +
    (completion === 'none' ? '' : ` + ${completion}`) +
    (options.eligibility ? ' with eligibility threshold' : '') +
    (options.comparison ? ' + comparison with greedy' : '');
  return {
    rule: label,
    budget: B,
    winners: winners.map((i) => projects[i]!.id),
    totalCost,
    explanations: explanationsFrom(election, new Set(winners), why),
    mes: {
      perVoterBudget: perVoter,
      runs,
      completionAdded,
      comparison,
      eligibilityRemoved: removedByEligibility,
    },
  };
}

function isExhaustive(
  election: Election,
  eligible: Set<number>,
  winners: number[],
  cost: Rational,
): boolean {
  const left = election.budget.sub(cost);
  const chosen = new Set(winners);
  for (const p of eligible) if (!chosen.has(p) && election.projects[p]!.cost.le(left)) return false;
  return true;
}

/** Remaining eligible projects by number of votes, added if they fit (skip misfits). */
export function utilitarianCompletion(
  profile: Profile,
  eligible: Set<number>,
  already: number[],
  alreadyCost: Rational,
  tie: TieBreaking,
  why: Map<number, Explanation>,
  phase: 'utilitarian' | 'add1u' | 'comparison-greedy',
): number[] {
  const election = profile.election;
  const chosen = new Set(already);
  const candidates = [...eligible].filter((p) => !chosen.has(p));
  const votes = scores(profile, 'votes');
  const local = new Map<number, Explanation>();
  const r = runGreedy(profile, candidates, votes, election.budget, tie, false, local, {
    selected: [],
    remaining: election.budget.sub(alreadyCost),
  });
  for (const [p, x] of local) {
    if (x.code === 'greedy-selected') {
      why.set(p, {
        code: 'completion-selected',
        phase,
        votes: profile.approvals[p] as number,
        remainingBefore: x.remainingBefore,
        remainingAfter: x.remainingAfter,
      });
    } else if (x.code === 'greedy-did-not-fit' && phase === 'comparison-greedy') {
      why.set(p, {
        code: 'completion-did-not-fit',
        votes: profile.approvals[p] as number,
        remaining: x.remaining,
      });
    }
  }
  return r.order;
}

/**
 * Each voter prefers the outcome that funds more of the projects on their ballot
 * (`satisfaction`), or the one that funds at least one of them when the other funds none
 * (`exclusion`). Every ballot counts, empty ones as indifferent.
 */
export function preferenceCount(
  profile: Profile,
  a: readonly number[],
  b: readonly number[],
  mode: 'satisfaction' | 'exclusion' = 'satisfaction',
): { prefersA: number; prefersB: number; indifferent: number } {
  const inA = new Set(a);
  const inB = new Set(b);
  let prefersA = 0;
  let prefersB = 0;
  for (const g of profile.groups) {
    let x = 0;
    let y = 0;
    for (const p of g.items) {
      if (inA.has(p)) x++;
      if (inB.has(p)) y++;
    }
    if (mode === 'exclusion') {
      x = x > 0 ? 1 : 0;
      y = y > 0 ? 1 : 0;
    }
    if (x > y) prefersA += g.weight;
    else if (y > x) prefersB += g.weight;
  }
  return { prefersA, prefersB, indifferent: profile.n - prefersA - prefersB };
}
