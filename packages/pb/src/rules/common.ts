import { Rational } from '../rational.js';
import type { Election } from '../election.js';
import type { Profile } from '../profile.js';
import type { ProjectExplanation, Explanation } from '../outcome.js';

export function sumCost(election: Election, idx: Iterable<number>): Rational {
  let s = Rational.ZERO;
  for (const i of idx) s = s.add(election.projects[i]!.cost);
  return s;
}

export function explanationsFrom(
  election: Election,
  selected: ReadonlySet<number>,
  why: ReadonlyMap<number, Explanation>,
): ProjectExplanation[] {
  return election.projects.map((p, i) => ({
    projectId: p.id,
    name: p.name,
    cost: p.cost,
    selected: selected.has(i),
    explanation: why.get(i) ?? (p.withdrawn ? { code: 'withdrawn' } : { code: 'no-supporters' }),
  }));
}

/** The score greedy rules rank by. */
export type ScoreKind = 'auto' | 'votes' | 'points' | 'votes-per-cost';

export function scores(profile: Profile, kind: ScoreKind): Rational[] {
  const e = profile.election;
  const usePoints =
    kind === 'points' ||
    (kind === 'auto' &&
      (e.voteType === 'cumulative' || e.voteType === 'scoring' || e.voteType === 'ordinal'));
  return e.projects.map((p, i) => {
    if (kind === 'votes-per-cost') {
      const v = Rational.int(profile.approvals[i] as number);
      // A free project with votes comes first (pabutools: infinite density); use a huge score.
      if (p.cost.isZero()) return v.isZero() ? Rational.ZERO : Rational.int(10n ** 40n);
      return v.div(p.cost);
    }
    return usePoints
      ? (profile.points[i] as Rational)
      : Rational.int(profile.approvals[i] as number);
  });
}

/** Project indices sorted by score, highest first, then grouped into runs of equal score. */
export function scoreGroups(order: number[], score: Rational[]): number[][] {
  const sorted = [...order].sort((a, b) => score[b]!.compare(score[a]!));
  const groups: number[][] = [];
  for (const i of sorted) {
    const last = groups[groups.length - 1];
    if (last && score[last[0] as number]!.eq(score[i]!)) last.push(i);
    else groups.push([i]);
  }
  return groups;
}
