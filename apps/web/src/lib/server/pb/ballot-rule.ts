import { z } from 'zod';
import type { MessageKey } from '../../i18n/message.ts';

/**
 * How a ballot may be filled in, per process (and per domain: a domain's own vote limit).
 *  - approval: choose projects; at most `maxProjects`, at least `minProjects`, at most
 *    `perDomainMax` in any domain (Cluj-Napoca: one per domain; Com'ON: 10, irrevocable).
 *  - knapsack: choose projects whose costs together fit in `budgetLimit` (the process budget
 *    when unset), spending at least `minBudgetSharePercent` of it when set (as Decidim does).
 *  - cumulative: share `points` among projects, at most `maxPointsPerProject` each.
 */
export const BALLOT_KINDS = ['approval', 'knapsack', 'cumulative'] as const;
export type BallotKind = (typeof BALLOT_KINDS)[number];

/**
 * Written out rather than inferred from the schema: the process table's type depends on it, and
 * the schema's messages on the catalogue, which depends on the modules' tables.
 */
export interface BallotRule {
  kind: BallotKind;
  minProjects: number;
  maxProjects: number | null;
  perDomainMax: number | null;
  irrevocable: boolean;
  budgetLimit: number | null;
  minBudgetSharePercent: number | null;
  points: number | null;
  maxPointsPerProject: number | null;
}

export const COUNTING_RULES = ['cluj', 'greedy', 'mes-add1'] as const;
export type CountingRule = (typeof COUNTING_RULES)[number];

const count = (max: number) =>
  z.coerce
    .number({ error: 'pb.form.number' satisfies MessageKey })
    .int({ error: 'pb.form.number' satisfies MessageKey })
    .min(0, { error: 'pb.form.number' satisfies MessageKey })
    .max(max, { error: 'pb.form.number' satisfies MessageKey });

/** Empty form fields mean "no limit". */
const optionalCount = (max: number) =>
  z.preprocess((v) => (v === '' || v === undefined ? null : v), count(max).nullable());

export const ballotRuleSchema = z
  .object({
    kind: z.enum(BALLOT_KINDS, { error: 'form.invalid_choice' satisfies MessageKey }),
    minProjects: count(1000).default(1),
    maxProjects: optionalCount(1000),
    perDomainMax: optionalCount(1000),
    irrevocable: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
    /** Minor units; knapsack only (null: the process budget). */
    budgetLimit: optionalCount(Number.MAX_SAFE_INTEGER),
    minBudgetSharePercent: optionalCount(100),
    points: optionalCount(10_000),
    maxPointsPerProject: optionalCount(10_000),
  })
  .superRefine((r, ctx) => {
    const issue = (path: string, message: MessageKey) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (r.maxProjects !== null && r.maxProjects < Math.max(r.minProjects, 1))
      issue('maxProjects', 'pb.rule.max_below_min');
    if (r.kind === 'cumulative' && !r.points) issue('points', 'pb.rule.points_required');
  });

/** Cluj-Napoca's rule: one vote in each domain, changeable until voting closes. */
export const CLUJ_BALLOT: BallotRule = {
  kind: 'approval',
  minProjects: 1,
  maxProjects: null,
  perDomainMax: 1,
  irrevocable: false,
  budgetLimit: null,
  minBudgetSharePercent: null,
  points: null,
  maxPointsPerProject: null,
};

/** What a voter chose: project id → points (1 for an approval). */
export type Choice = ReadonlyMap<string, number>;

export interface BallotIssue {
  key: MessageKey;
  /** Figures for the message: counts as numbers, amounts in minor units, names as text. */
  counts?: Record<string, number>;
  money?: Record<string, number>;
  /** The domain or project the message names (the page shows its name in the reader's language). */
  domainId?: string;
  projectId?: string;
}

export interface BallotContext {
  rule: BallotRule;
  budget: number;
  domains: readonly { id: string; maxVotes: number | null }[];
  projects: readonly { id: string; title: string; cost: number; domainId: string }[];
}

/** Every way this choice breaks the rule (empty: a valid ballot). Pure: the booth and tests. */
export function checkBallot(c: BallotContext, choice: Choice): BallotIssue[] {
  const byId = new Map(c.projects.map((p) => [p.id, p]));
  if ([...choice.keys()].some((id) => !byId.has(id))) return [{ key: 'pb.booth.unknown_project' }];
  const chosen = [...choice.keys()].map((id) => byId.get(id)!);
  const n = chosen.length;
  const issues: BallotIssue[] = [];
  const r = c.rule;
  if (n === 0) return [{ key: 'pb.booth.empty' }];
  if (n < r.minProjects)
    issues.push({ key: 'pb.booth.too_few', counts: { count: n, min: r.minProjects } });
  if (r.maxProjects !== null && n > r.maxProjects)
    issues.push({ key: 'pb.booth.too_many', counts: { count: n, max: r.maxProjects } });
  for (const d of c.domains) {
    const limit = d.maxVotes ?? r.perDomainMax;
    const inDomain = chosen.filter((p) => p.domainId === d.id).length;
    if (limit !== null && inDomain > limit)
      issues.push({
        key: 'pb.booth.domain_too_many',
        counts: { count: inDomain, max: limit },
        domainId: d.id,
      });
  }
  const total = chosen.reduce((s, p) => s + p.cost, 0);
  if (r.kind === 'knapsack') issues.push(...budgetIssues(r, c.budget, n, total));
  if (r.kind === 'cumulative') issues.push(...pointIssues(r, chosen, choice));
  else if ([...choice.values()].some((v) => v !== 1))
    issues.push({ key: 'pb.booth.unknown_project' });
  return issues;
}

function budgetIssues(r: BallotRule, budget: number, n: number, total: number): BallotIssue[] {
  const limit = r.budgetLimit ?? budget;
  if (total > limit)
    return [{ key: 'pb.booth.over_budget', counts: { count: n }, money: { total, limit } }];
  const min = r.minBudgetSharePercent ? Math.ceil((limit * r.minBudgetSharePercent) / 100) : 0;
  if (total < min)
    return [{ key: 'pb.booth.under_budget', counts: { count: n }, money: { total, min } }];
  return [];
}

function pointIssues(
  r: BallotRule,
  chosen: BallotContext['projects'][number][],
  choice: Choice,
): BallotIssue[] {
  const issues: BallotIssue[] = [];
  const given = [...choice.values()];
  if (given.some((v) => !Number.isSafeInteger(v) || v < 1))
    return [{ key: 'pb.booth.points_invalid' }];
  const total = given.reduce((s, v) => s + v, 0);
  if (r.points !== null && total > r.points)
    issues.push({ key: 'pb.booth.points_over', counts: { total, points: r.points } });
  for (const p of chosen) {
    const v = choice.get(p.id)!;
    if (r.maxPointsPerProject !== null && v > r.maxPointsPerProject)
      issues.push({
        key: 'pb.booth.points_per_project',
        counts: { given: v, max: r.maxPointsPerProject },
        projectId: p.id,
      });
  }
  return issues;
}
