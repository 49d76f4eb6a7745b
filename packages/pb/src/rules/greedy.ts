import { Rational } from '../rational.js';
import type { Election } from '../election.js';
import type { Explanation, Outcome } from '../outcome.js';
import { profileOf, type Profile } from '../profile.js';
import { PABUTOOLS_TIES, TieError, orderTied, type TieBreaking } from '../tiebreak.js';
import { explanationsFrom, scoreGroups, scores, type ScoreKind } from './common.js';

export interface GreedyOptions {
  /** Rank by votes, points (cumulative/scoring/ordinal), or votes per unit of cost. Default: auto. */
  score?: ScoreKind;
  /** `skip` projects that do not fit (default) or `stop` at the first one (pabulib greedy-no-skip). */
  onMisfit?: 'skip' | 'stop';
  /** Only projects whose score is at least this take part ('meta' = META min_project_score_threshold). */
  threshold?: Rational | number | string | 'meta';
  tie?: TieBreaking;
  /** Only these project indices take part (used by other rules). */
  among?: ReadonlySet<number>;
}

export function metaThreshold(election: Election): Rational | null {
  const t = election.meta.get('min_project_score_threshold');
  return t === undefined || t.trim() === '' ? null : Rational.fromDecimalString(t);
}

/** Greedy by score: fund projects from the highest score down while they fit. */
export function greedy(election: Election, options: GreedyOptions = {}): Outcome {
  const profile = profileOf(election);
  const tie = options.tie ?? PABUTOOLS_TIES;
  const score = scores(profile, options.score ?? 'auto');
  const threshold =
    options.threshold === undefined
      ? null
      : options.threshold === 'meta'
        ? metaThreshold(election)
        : Rational.from(options.threshold);
  const why = new Map<number, Explanation>();
  const candidates: number[] = [];
  election.projects.forEach((p, i) => {
    if (options.among && !options.among.has(i)) return;
    if (p.withdrawn) why.set(i, { code: 'withdrawn' });
    else if (threshold && score[i]!.lt(threshold)) {
      why.set(i, { code: 'below-threshold', score: score[i]!, threshold });
    } else candidates.push(i);
  });
  const stop = options.onMisfit === 'stop';
  const { selected, order } = runGreedy(
    profile,
    candidates,
    score,
    election.budget,
    tie,
    stop,
    why,
  );
  const label = `greedy${stop ? '-no-skip' : ''}${threshold ? `(score ≥ ${threshold.toDecimalString()})` : ''}`;
  return {
    rule: label,
    budget: election.budget,
    winners: order.map((i) => election.projects[i]!.id),
    totalCost: order.reduce((s, i) => s.add(election.projects[i]!.cost), Rational.ZERO),
    explanations: explanationsFrom(election, selected, why),
    mes: null,
  };
}

/** The greedy loop shared by greedy rules and completions. Fills `why` for every candidate. */
export function runGreedy(
  profile: Profile,
  candidates: number[],
  score: Rational[],
  budget: Rational,
  tie: TieBreaking,
  stop: boolean,
  why: Map<number, Explanation>,
  start: { selected: number[]; remaining: Rational } | null = null,
): { selected: Set<number>; order: number[]; remaining: Rational } {
  const projects = profile.election.projects;
  let remaining = start ? start.remaining : budget;
  const order: number[] = start ? [...start.selected] : [];
  const selected = new Set(order);
  let stoppedAt: string | null = null;
  let rank = 0;
  for (const group of scoreGroups(candidates, score)) {
    let ordered: number[];
    if (group.length > 1 && tie.kind === 'refuse') {
      // A tie only matters if some but not all of the tied projects can be funded.
      const total = group.reduce((s, i) => s.add(projects[i]!.cost), Rational.ZERO);
      const noneFits = group.every((i) => projects[i]!.cost.gt(remaining));
      if (stoppedAt === null && !total.le(remaining) && !noneFits) {
        throw new TieError(group.map((i) => projects[i]!.id).sort());
      }
      ordered = group;
    } else ordered = group.length > 1 ? orderTied(profile, group, tie) : group;
    for (const i of ordered) {
      rank++;
      const cost = projects[i]!.cost;
      if (stoppedAt !== null) {
        why.set(i, {
          code: 'greedy-stopped',
          rank,
          score: score[i]!,
          firstMisfit: stoppedAt,
          remaining,
        });
      } else if (cost.le(remaining)) {
        const before = remaining;
        remaining = remaining.sub(cost);
        selected.add(i);
        order.push(i);
        why.set(i, {
          code: 'greedy-selected',
          rank,
          score: score[i]!,
          remainingBefore: before,
          remainingAfter: remaining,
        });
      } else {
        why.set(i, { code: 'greedy-did-not-fit', rank, score: score[i]!, remaining });
        if (stop) stoppedAt = projects[i]!.id;
      }
    }
  }
  return { selected, order, remaining };
}
