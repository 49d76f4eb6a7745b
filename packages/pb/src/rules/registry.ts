import type { Election } from '../election.js';
import type { Outcome } from '../outcome.js';
import type { TieBreaking } from '../tiebreak.js';
import { cluj } from './cluj.js';
import type { ScoreKind } from './common.js';
import { greedyEnvelopes } from './envelopes.js';
import { greedy } from './greedy.js';
import { maximinSupport } from './maximin.js';
import { mes, type Completion, type MesOptions } from './mes.js';
import type { Utility } from './mes-core.js';
import { phragmen } from './phragmen.js';
import { throwIfAborted } from '../progress.js';

/** Rule names accepted by `count`: ours, plus pabulib's META `rule` values. */
export const RULE_NAMES = [
  'greedy',
  'greedy-no-skip',
  'greedy-threshold',
  'greedy-envelopes',
  'mes',
  'phragmen',
  'maximin',
  'cluj',
  'equalshares',
  'equalshares/add1',
  'equalshares-comparison',
  'equalshares/add1-comparison',
] as const;
export type RuleName = (typeof RULE_NAMES)[number];

export interface CountOptions {
  completion?: Completion;
  utility?: Utility;
  tie?: TieBreaking;
  completionTie?: TieBreaking;
  increment?: string | number;
  comparison?: boolean;
  /** Świecie-style eligibility: supporters/n ≥ cost/(factor·B). */
  eligibilityFactor?: string | number;
  score?: ScoreKind;
  /** Minimum score for greedy ('meta' reads min_project_score_threshold). */
  threshold?: string | number | 'meta';
  maxWinners?: number;
  withinBudget?: boolean;
  /** MES: how much of each payment (decision 108; default summary). */
  explanations?: MesOptions['explanations'];
  /** MES: progress at each run and round, and a signal that stops the count (AbortError). */
  onProgress?: MesOptions['onProgress'];
  signal?: AbortSignal;
}

export function isRuleName(x: string): x is RuleName {
  return (RULE_NAMES as readonly string[]).includes(x);
}

/** Counts an election with a rule given by name (the CLI and `pb check` use this). */
export function count(election: Election, rule: RuleName, o: CountOptions = {}): Outcome {
  throwIfAborted(o.signal); // the other rules are one pass: only MES checks again while counting
  const tie = o.tie;
  const eligibility =
    o.eligibilityFactor === undefined ? null : { supportShareFactor: o.eligibilityFactor };
  const base = {
    tie,
    completionTie: o.completionTie,
    utility: o.utility,
    increment: o.increment,
    eligibility,
    onProgress: o.onProgress,
    signal: o.signal,
    explanations: o.explanations,
  };
  switch (rule) {
    case 'greedy':
      return greedy(election, { tie, score: o.score, threshold: o.threshold });
    case 'greedy-no-skip':
      return greedy(election, {
        tie,
        score: o.score,
        threshold: o.threshold ?? 'meta',
        onMisfit: 'stop',
      });
    case 'greedy-threshold':
      return greedy(election, { tie, score: o.score, threshold: o.threshold ?? 'meta' });
    case 'greedy-envelopes':
      return greedyEnvelopes(election, { tie, score: o.score, leftover: 'greedy' });
    case 'mes':
      return mes(election, { ...base, completion: o.completion, comparison: o.comparison });
    case 'equalshares':
      return mes(election, {
        ...base,
        completion: o.completion ?? 'none',
        comparison: o.comparison,
      });
    case 'equalshares/add1':
      return mes(election, {
        ...base,
        completion: o.completion ?? 'add1',
        comparison: o.comparison,
      });
    case 'equalshares-comparison':
      return mes(election, { ...base, completion: o.completion ?? 'none', comparison: true });
    case 'equalshares/add1-comparison':
      return mes(election, { ...base, completion: o.completion ?? 'add1', comparison: true });
    case 'phragmen':
      return phragmen(election, { tie });
    case 'maximin':
      return maximinSupport(election, { tie });
    case 'cluj':
      if (o.maxWinners === undefined)
        throw new RangeError('the cluj rule needs maxWinners (--max-winners N)');
      return cluj(election, { tie, maxWinners: o.maxWinners, withinBudget: o.withinBudget });
  }
}
