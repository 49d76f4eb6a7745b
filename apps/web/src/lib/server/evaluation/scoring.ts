/**
 * The arithmetic of the jury, as pure functions: an evaluator's weighted score of a proposal,
 * and a proposal's score over its evaluators with its spread, so that disagreement shows.
 */
export interface WeightedCriterion {
  key: string;
  weight: number;
}

export interface ScoreRow {
  proposalId: string;
  assignmentId: string;
  criterionKey: string;
  score: number;
}

export interface Spread {
  /** Evaluators who scored every criterion (only they count). */
  evaluators: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Population standard deviation of the evaluators' weighted scores. */
  sd: number | null;
  /** Each criterion's mean over those evaluators. */
  byCriterion: Record<string, number | null>;
}

/** One evaluator's weighted score (Σ weight·score / Σ weight), or null while incomplete. */
export function weightedScore(
  rubric: readonly WeightedCriterion[],
  scores: ReadonlyMap<string, number>,
): number | null {
  if (!rubric.length || rubric.some((c) => !scores.has(c.key))) return null;
  const total = rubric.reduce((s, c) => s + c.weight, 0);
  if (total <= 0) return null;
  return rubric.reduce((s, c) => s + c.weight * scores.get(c.key)!, 0) / total;
}

export function spreadOf(values: readonly number[]) {
  if (!values.length) return { mean: null, min: null, max: null, sd: null };
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
  return { mean, min: Math.min(...values), max: Math.max(...values), sd: Math.sqrt(variance) };
}

/** Every proposal's spread, from all score rows of a call. */
export function spreads(
  rubric: readonly WeightedCriterion[],
  rows: readonly ScoreRow[],
): Map<string, Spread> {
  const byAssignment = new Map<string, { proposalId: string; scores: Map<string, number> }>();
  for (const r of rows) {
    const entry = byAssignment.get(r.assignmentId) ?? {
      proposalId: r.proposalId,
      scores: new Map<string, number>(),
    };
    entry.scores.set(r.criterionKey, r.score);
    byAssignment.set(r.assignmentId, entry);
  }
  const complete = new Map<string, { weighted: number; scores: Map<string, number> }[]>();
  for (const { proposalId, scores } of byAssignment.values()) {
    const weighted = weightedScore(rubric, scores);
    if (weighted === null) continue;
    complete.set(proposalId, [...(complete.get(proposalId) ?? []), { weighted, scores }]);
  }
  const result = new Map<string, Spread>();
  for (const [proposalId, list] of complete) {
    const byCriterion = Object.fromEntries(
      rubric.map((c) => [c.key, spreadOf(list.map((e) => e.scores.get(c.key)!)).mean]),
    );
    result.set(proposalId, {
      evaluators: list.length,
      ...spreadOf(list.map((e) => e.weighted)),
      byCriterion,
    });
  }
  return result;
}

/** Ranks by mean score, highest first; equal means share a rank; unscored ones come last. */
export function rankByMean<T extends { mean: number | null }>(items: readonly T[]) {
  const sorted = [...items].sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1));
  let rank = 0;
  return sorted.map((item, i) => {
    if (i === 0 || item.mean !== sorted[i - 1]!.mean) rank = i + 1;
    return { ...item, rank: item.mean === null ? null : rank };
  });
}
