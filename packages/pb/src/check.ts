import { Rational } from './rational.js';
import { WITHDRAWN_COST, type Election } from './election.js';
import { profileOf } from './profile.js';
import { count, isRuleName } from './rules/registry.js';
import { TieError } from './tiebreak.js';

export interface CheckIssue {
  readonly kind: string;
  readonly message: string;
}

export interface RuleCheck {
  /** META `rule`. */
  readonly rule: string;
  /** null when it could not be checked (no selected column, unknown rule…). */
  readonly reproduced: boolean | null;
  readonly shouldBeSelected: readonly string[];
  readonly shouldNotBeSelected: readonly string[];
  readonly note: string;
}

export interface CheckReport {
  readonly errors: readonly CheckIssue[];
  readonly warnings: readonly CheckIssue[];
  readonly rule: RuleCheck;
}

const KNOWN_RULES = [
  'greedy',
  'greedy-no-skip',
  'greedy-threshold',
  'greedy-exclusive',
  'greedy-custom',
  'equalshares',
  'equalshares-comparison',
  'equalshares/add1',
  'equalshares/add1-comparison',
  'unknown',
];

function int(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text.trim());
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * Validates an election like pabulib's checker (counts, budget, ballots' lengths and points,
 * vote and score columns) and says whether its `selected` column is reproduced by its META rule.
 */
export function checkElection(election: Election): CheckReport {
  const errors: CheckIssue[] = [];
  const warnings: CheckIssue[] = [];
  const err = (kind: string, message: string): void => void errors.push({ kind, message });
  const warn = (kind: string, message: string): void => void warnings.push({ kind, message });
  const meta = election.meta;
  const profile = profileOf(election);

  const np = int(meta.get('num_projects'));
  if (np !== election.projects.length) {
    err(
      'different number of projects',
      `META num_projects is ${meta.get('num_projects') ?? '(missing)'}, the file lists ${election.projects.length}`,
    );
  }
  const nv = int(meta.get('num_votes'));
  if (nv !== election.voters.length) {
    err(
      'different number of votes',
      `META num_votes is ${meta.get('num_votes') ?? '(missing)'}, the file has ${election.voters.length} votes`,
    );
  }
  for (const key of [
    'description',
    'country',
    'unit',
    'instance',
    'num_projects',
    'num_votes',
    'budget',
    'vote_type',
    'rule',
    'date_begin',
    'date_end',
  ]) {
    if (!meta.has(key)) err('missing META obligatory field', `META has no ${key}`);
  }
  const budget = election.budget;
  let all = Rational.ZERO;
  let spent = Rational.ZERO;
  const hasSelected = election.projectColumns.includes('selected');
  for (const p of election.projects) {
    all = all.add(p.cost);
    const sel = p.fields.get('selected')?.trim();
    if (sel === '1') {
      spent = spent.add(p.cost);
      if (p.cost.eq(WITHDRAWN_COST))
        err(
          'selected sentinel-cost project',
          `project ${p.id} is selected but has the withdrawn cost`,
        );
    }
    if (p.cost.isZero()) err('project with no cost', `project ${p.id} has no cost`);
    else if (p.cost.gt(budget)) {
      if (p.withdrawn)
        warn(
          'single project exceeded whole budget',
          `project ${p.id} has the withdrawn-project cost ${p.cost}`,
        );
      else
        err(
          'single project exceeded whole budget',
          `project ${p.id} costs ${p.cost.toDecimalString()}, more than the budget ${budget.toDecimalString()}`,
        );
    }
  }
  if (spent.gt(budget))
    err(
      'budget exceeded',
      `selected projects cost ${spent.toDecimalString()}, the budget is ${budget.toDecimalString()}`,
    );
  if (meta.get('fully_funded')?.trim() === '1') {
    if (budget.lt(all))
      err(
        'wrong fully_funded flag',
        `the budget ${budget.toDecimalString()} is lower than the cost of all projects ${all.toDecimalString()}`,
      );
  } else if (budget.ge(all)) {
    err(
      'all projects funded',
      `the budget ${budget.toDecimalString()} covers all projects (${all.toDecimalString()}) but fully_funded is not 1`,
    );
  }
  // votes and score columns against the ballots
  const votesCol = election.projectColumns.includes('votes');
  const scoreCol = election.projectColumns.includes('score');
  if (!votesCol && !scoreCol)
    warn(
      'No votes or score counted in PROJECTS section',
      'there should be a votes or score column',
    );
  election.projects.forEach((p, i) => {
    const approvals = profile.approvals[i] as number;
    if (votesCol) {
      const v = int(p.fields.get('votes')) ?? 0;
      if (v !== approvals)
        err(
          'different values in votes',
          `project ${p.id}: votes column ${p.fields.get('votes')}, counted ${approvals}`,
        );
      if (approvals === 0) warn('project with no votes', `project ${p.id} has no votes`);
    }
    if (scoreCol) {
      const raw = p.fields.get('score')?.trim() ?? '';
      let s: Rational | null;
      try {
        s = raw === '' ? Rational.ZERO : Rational.fromDecimalString(raw);
      } catch {
        s = null;
      }
      const counted = profile.points[i] as Rational;
      if (s === null || !s.eq(counted))
        err(
          'different values in scores',
          `project ${p.id}: score column ${raw}, counted ${counted.toDecimalString()}`,
        );
    }
  });
  // ballots
  const maxLen = int(
    meta.get('max_length') ?? meta.get('max_length_unit') ?? meta.get('max_length_district'),
  );
  const minLen = int(
    meta.get('min_length') ?? meta.get('min_length_unit') ?? meta.get('min_length_district'),
  );
  const numOr = (k: string): Rational | null => {
    const t = meta.get(k);
    if (t === undefined || t.trim() === '') return null;
    try {
      return Rational.fromDecimalString(t);
    } catch {
      err('invalid META number', `META ${k} is not a number: ${t}`);
      return null;
    }
  };
  const minPts = numOr('min_points');
  const maxPts = numOr('max_points');
  const minSum = numOr('min_sum_points');
  const maxSum = numOr('max_sum_points');
  const maxSumCost = election.voteType === 'approval' ? numOr('max_sum_cost') : null;
  const costOf = new Map(election.projects.map((p) => [p.id, p.cost]));
  let longest = 0;
  for (const v of election.voters) {
    const len = v.projects.length;
    longest = Math.max(longest, len);
    if (maxLen !== null && len > maxLen)
      err('vote length exceeded', `voter ${v.id} chose ${len} projects, at most ${maxLen} allowed`);
    if (minLen !== null && len < minLen)
      err(
        'vote length too short',
        `voter ${v.id} chose ${len} projects, at least ${minLen} needed`,
      );
    if (v.points) {
      const sum = Rational.sum(v.points);
      for (const pt of v.points) {
        if (minPts && pt.lt(minPts))
          err(
            'points below minimum',
            `voter ${v.id} gave ${pt} points, below min_points ${minPts}`,
          );
        if (maxPts && pt.gt(maxPts))
          err(
            'points above maximum',
            `voter ${v.id} gave ${pt} points, above max_points ${maxPts}`,
          );
        if (election.voteType === 'cumulative' && pt.sign() < 0)
          err('negative cumulative points', `voter ${v.id} gave negative points`);
      }
      if (minSum && sum.lt(minSum))
        warn(
          'points sum below minimum',
          `voter ${v.id} gave ${sum} points in all, below ${minSum}`,
        );
      if (maxSum && sum.gt(maxSum))
        warn(
          'points sum above maximum',
          `voter ${v.id} gave ${sum} points in all, above ${maxSum}`,
        );
    }
    if (maxSumCost) {
      const c = Rational.sum(v.projects.map((id) => costOf.get(id)!));
      if (c.gt(maxSumCost))
        warn(
          'approval vote cost above maximum',
          `voter ${v.id} chose projects costing ${c.toDecimalString()}, above max_sum_cost`,
        );
    }
  }
  if (maxLen !== null && election.voters.length > 0 && longest < maxLen) {
    warn('no_max_length_used', `no voter used the full max_length of ${maxLen}`);
  }
  return { errors, warnings, rule: checkRule(election, hasSelected) };
}

function checkRule(election: Election, hasSelected: boolean): RuleCheck {
  const rule = election.meta.get('rule')?.trim() ?? '';
  const none = (note: string): RuleCheck => ({
    rule,
    reproduced: null,
    shouldBeSelected: [],
    shouldNotBeSelected: [],
    note,
  });
  if (!KNOWN_RULES.includes(rule))
    return none(`unknown rule "${rule}" (known: ${KNOWN_RULES.join(', ')})`);
  if (!hasSelected) return none('the file has no selected column');
  if (rule === 'unknown') return none('the rule is unknown, so the selection cannot be verified');
  if (rule === 'greedy-exclusive' || rule === 'greedy-custom')
    return none(`rule ${rule} cannot be reproduced from the file alone`);
  if (rule === 'greedy' && election.meta.has('min_project_score_threshold')) {
    return none(
      "rule is 'greedy' but min_project_score_threshold is set: it should be 'greedy-threshold'",
    );
  }
  if (rule.startsWith('equalshares') && election.voteType !== 'approval') {
    return none(`the checker verifies ${rule} only for approval ballots`);
  }
  if (!isRuleName(rule)) return none(`rule ${rule} is not supported`);
  let winners: readonly string[];
  try {
    // pabulib's checker breaks MES ties by lower cost, then more votes; greedy ties keep file order.
    const tie = rule.startsWith('equalshares')
      ? ({ kind: 'equalshares' } as const)
      : ({ kind: 'file-order' } as const);
    winners = count(election, rule, { tie, completionTie: { kind: 'file-order' } }).winners;
  } catch (e) {
    if (e instanceof TieError) return none(`an unresolved tie between ${e.projects.join(', ')}`);
    throw e;
  }
  const selected = new Set(
    election.projects.filter((p) => p.fields.get('selected')?.trim() === '1').map((p) => p.id),
  );
  const computed = new Set(winners);
  const shouldBeSelected = [...computed].filter((id) => !selected.has(id)).sort();
  const shouldNotBeSelected = [...selected].filter((id) => !computed.has(id)).sort();
  const reproduced = shouldBeSelected.length === 0 && shouldNotBeSelected.length === 0;
  return {
    rule,
    reproduced,
    shouldBeSelected,
    shouldNotBeSelected,
    note: reproduced
      ? `the selected column is what ${rule} gives`
      : `${rule} gives a different selection`,
  };
}
