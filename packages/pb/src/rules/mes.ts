import { Rational } from '../rational.js';
import type { Election } from '../election.js';
import type { ComparisonStep, Explanation, Outcome } from '../outcome.js';
import { profileOf, type Profile } from '../profile.js';
import { PABUTOOLS_TIES, type TieBreaking } from '../tiebreak.js';
import { countWatch, type CountProgress, type CountWatch } from '../progress.js';
import { explanationsFrom, scores, sumCost } from './common.js';
import { runGreedy } from './greedy.js';
import { MesScratch, runMes, utilityTable, type MesRun, type Utility } from './mes-core.js';
import type { ExplanationDetail } from './mes-payments.js';

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
  /**
   * `skip` (default): add1 runs MES only where the outcome can change (decision 105);
   * `every`: one run per step, the plain definition (kept to cross-check the skip).
   */
  add1Steps?: 'skip' | 'every';
  /**
   * `summary` (default): a bought project's explanation lists its ten largest payment groups
   * and sums up the rest; `full`: every group (thousands on large, diverse elections).
   */
  explanations?: ExplanationDetail;
  /** Called as each MES run starts and after each of its rounds (for a progress display). */
  onProgress?: (progress: CountProgress) => void;
  /**
   * Stops the count at the next run or round: it throws AbortError (progress.ts says who can
   * abort a synchronous count).
   */
  signal?: AbortSignal;
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
  scratch.explanations = options.explanations ?? 'summary';
  const watch = countWatch(options.onProgress, options.signal);
  const run = (
    perVoter: Rational,
    trace = false,
    stability = false,
    stopAt: Rational | null = null,
  ): MesRun =>
    runMes(profile, table, perVoter, eligible, tie, trace, scratch, stability, stopAt, watch);

  const start = options.perVoterBudget ?? B.divInt(n);
  const floorShare = Rational.int(B.divInt(n).floor());
  // Σ cost of the projects MES may buy: past this per-voter budget nothing can change.
  const allCost = sumCost(election, eligible);
  const steps = (from: Rational, exhaustive: boolean): Add1Result =>
    add1Steps(run, from, floorShare.add(increment), increment, B, allCost, {
      exhaustive: exhaustive ? (r) => isExhaustive(election, eligible, r.winners, r.cost) : null,
      skip: options.add1Steps !== 'every',
      watch,
    });
  const once = (trace: boolean): Add1Result => {
    watch?.run(start, 1, 1);
    return { result: run(start, trace), perVoter: start, runs: 1, evaluated: 1 };
  };
  const counted =
    completion === 'none' || completion === 'utilitarian'
      ? once(true)
      : completion === 'add1'
        ? steps(start, false)
        : // add1-exhaustive and add1u (the compute tool's "exhaustive, integral" add1)
          allCost.le(B)
          ? once(false)
          : steps(floorShare, true);
  const { perVoter, runs, evaluated } = counted;
  let result = counted.result;
  if (result.rounds === null) {
    // the walk's outcome once more, recording what the explanations need
    watch?.run(perVoter, runs, evaluated + 1);
    result = run(perVoter, true);
  }

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
      paymentSummary: r.summary,
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
      evaluated,
      completionAdded,
      comparison,
      eligibilityRemoved: removedByEligibility,
    },
  };
}

interface Add1Result {
  result: MesRun;
  perVoter: Rational;
  runs: number;
  evaluated: number;
}

/**
 * The add1 steps: the run at `start`, then every voter holds first, first + inc, …; keep the
 * last outcome that costs at most B, stop at the first that costs more, once a voter holds more
 * than all projects cost, or (exhaustive) once no unselected project fits in what is left.
 * With `skip`, each run also says up to which per-voter budget it would buy the same projects
 * in the same order (decision 105); the steps below that bound are taken without running MES.
 * Finding the bound makes a run slower (budgets are tracked with their slopes), so after a run
 * whose bound saved nothing, the next 8, 64, 512, 4 096 steps run without it (on large, diverse
 * elections the bound rarely covers a step, and a tracked run costs several plain ones).
 */
export function add1Steps(
  run: (perVoter: Rational, trace: boolean, stability: boolean, stopAt: Rational) => MesRun,
  start: Rational,
  first: Rational,
  inc: Rational,
  B: Rational,
  allCost: Rational,
  o: {
    exhaustive: ((r: MesRun) => boolean) | null;
    skip: boolean;
    watch?: CountWatch | null;
  },
): Add1Result {
  let misses = 0;
  let pause = 0;
  let tracked = false;
  let runs = 0;
  let evaluated = 0;
  // `next`: the step after b. A bound that cannot reach it skips nothing, so the run stops
  // tracking as soon as it knows that (decision 107).
  const evaluate = (b: Rational, next: Rational): MesRun => {
    tracked = o.skip && pause === 0;
    if (pause > 0) pause--;
    o.watch?.run(b, runs + 1, evaluated + 1);
    return run(b, false, tracked, next.sub(b));
  };
  // the steps below `until` buy what the run at b bought (null: every step does)
  const untilOf = (b: Rational, r: MesRun): Rational | null => {
    if (!tracked) return b;
    const until = r.stableFor === null ? null : b.add(r.stableFor);
    if (until !== null && until.le(b.add(inc))) pause = 8 ** Math.min(++misses, 4);
    else misses = 0;
    return until;
  };
  let result = evaluate(start, first);
  let perVoter = start;
  runs = 1;
  evaluated = 1;
  let until = untilOf(start, result);
  for (let b = first; ;) {
    if (o.exhaustive?.(result)) break;
    if (until === null || b.lt(until)) {
      // result.cost ≤ B here: it was kept. Steps b + k·inc (k < count) change nothing.
      const count = until === null ? null : ceilDiv(until.sub(b), inc);
      const overAll = b.gt(allCost) ? 0n : floorDiv(allCost.sub(b), inc) + 1n;
      if (count === null || overAll < count) {
        runs += Number(overAll) + 1;
        perVoter = b.add(inc.mulInt(overAll));
        break;
      }
      runs += Number(count);
      perVoter = b.add(inc.mulInt(count - 1n));
      b = b.add(inc.mulInt(count));
      continue;
    }
    const next = evaluate(b, b.add(inc));
    runs++;
    evaluated++;
    if (next.cost.gt(B)) break;
    result = next;
    perVoter = b;
    until = untilOf(b, next);
    if (b.gt(allCost)) break;
    b = b.add(inc);
  }
  return { result, perVoter, runs, evaluated };
}

const floorDiv = (x: Rational, y: Rational): bigint => x.div(y).floor();
const ceilDiv = (x: Rational, y: Rational): bigint => x.div(y).ceil();

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
  const { groupCount, groupStart, groupItems, groupWeight } = profile;
  for (let g = 0; g < groupCount; g++) {
    let x = 0;
    let y = 0;
    for (let t = groupStart[g]!; t < groupStart[g + 1]!; t++) {
      const p = groupItems[t]!;
      if (inA.has(p)) x++;
      if (inB.has(p)) y++;
    }
    if (mode === 'exclusion') {
      x = x > 0 ? 1 : 0;
      y = y > 0 ? 1 : 0;
    }
    if (x > y) prefersA += groupWeight[g]!;
    else if (y > x) prefersB += groupWeight[g]!;
  }
  return { prefersA, prefersB, indifferent: profile.n - prefersA - prefersB };
}
