import { Rational } from '../rational.js';
import type { Election } from '../election.js';
import type { Explanation, Outcome } from '../outcome.js';
import { profileOf } from '../profile.js';
import { PABUTOOLS_TIES, orderTied, type TieBreaking } from '../tiebreak.js';
import { explanationsFrom, scoreGroups, scores, sumCost, type ScoreKind } from './common.js';

export interface EnvelopeOptions {
  /** Envelope name → its budget. Default: META `categories` with `budget_per_category`. */
  envelopes?: ReadonlyMap<string, Rational>;
  /** Project column naming the envelope (default `category`; `district` for district budgets). */
  field?: string;
  /** After the envelopes, fund more projects by score within what is left of the total budget. */
  leftover?: 'none' | 'greedy';
  score?: ScoreKind;
  tie?: TieBreaking;
}

/** Reads per-category envelopes from META (`categories` and `budget_per_category`). */
export function envelopesFromMeta(election: Election): Map<string, Rational> {
  const cats = (election.meta.get('categories') ?? '').split(',').map((s) => s.trim());
  const budgets = (election.meta.get('budget_per_category') ?? '').split(',').map((s) => s.trim());
  if (cats.length !== budgets.length || cats[0] === '') {
    throw new RangeError('META needs categories and budget_per_category of the same length');
  }
  return new Map(cats.map((c, i) => [c, Rational.fromDecimalString(budgets[i]!)]));
}

/** Greedy by score within each envelope (a project counts against its first category). */
export function greedyEnvelopes(election: Election, options: EnvelopeOptions = {}): Outcome {
  const profile = profileOf(election);
  const tie = options.tie ?? PABUTOOLS_TIES;
  const field = options.field ?? 'category';
  const envelopes = new Map(options.envelopes ?? envelopesFromMeta(election));
  const score = scores(profile, options.score ?? 'auto');
  const projects = election.projects;
  const why = new Map<number, Explanation>();
  const candidates: number[] = [];
  projects.forEach((p, i) =>
    p.withdrawn ? why.set(i, { code: 'withdrawn' }) : candidates.push(i),
  );
  const ranked = scoreGroups(candidates, score).flatMap((g) =>
    g.length > 1 ? orderTied(profile, g, tie) : g,
  );
  let remaining = election.budget;
  const winners: number[] = [];
  const chosen = new Set<number>();
  for (const i of ranked) {
    const env = (projects[i]!.fields.get(field) ?? '').split(',')[0]!.trim();
    const left = envelopes.get(env);
    const cost = projects[i]!.cost;
    if (left !== undefined && cost.le(left) && cost.le(remaining)) {
      why.set(i, {
        code: 'envelope-selected',
        envelope: env,
        envelopeLeftBefore: left,
        score: score[i]!,
        remainingBefore: remaining,
      });
      envelopes.set(env, left.sub(cost));
      remaining = remaining.sub(cost);
      winners.push(i);
      chosen.add(i);
    } else {
      why.set(i, {
        code: 'envelope-did-not-fit',
        envelope: env,
        envelopeLeft: left ?? Rational.ZERO,
        remaining,
        score: score[i]!,
      });
    }
  }
  if (options.leftover === 'greedy') {
    ranked.forEach((i, k) => {
      if (chosen.has(i)) return;
      const cost = projects[i]!.cost;
      if (cost.le(remaining)) {
        why.set(i, {
          code: 'greedy-selected',
          rank: k + 1,
          score: score[i]!,
          remainingBefore: remaining,
          remainingAfter: remaining.sub(cost),
        });
        remaining = remaining.sub(cost);
        winners.push(i);
        chosen.add(i);
      }
    });
  }
  return {
    rule: `greedy within ${field} envelopes${options.leftover === 'greedy' ? ', then leftover by score' : ''}`,
    budget: election.budget,
    winners: winners.map((i) => projects[i]!.id),
    totalCost: sumCost(election, winners),
    explanations: explanationsFrom(election, chosen, why),
    mes: null,
  };
}
