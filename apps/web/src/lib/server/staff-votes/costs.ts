import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { Invalid } from '../errors.ts';
import type { BallotRule, CountingRule } from '../pb/ballot-rule.ts';
import { proposals } from '../proposals/schema.ts';
import { callStaffVoteProjects } from './schema.ts';

/**
 * The projects of a staff vote whose proposal states no money need (decision 058). They are on
 * the ballot at the smallest amount, which must never be shown as their cost: the booth and the
 * results say "cost not stated". Any other process has none.
 */
export async function unstatedCosts(db: Queryable, processId: string): Promise<Set<string>> {
  const rows = await db
    .select({ projectId: callStaffVoteProjects.projectId })
    .from(callStaffVoteProjects)
    .innerJoin(
      proposals,
      and(
        eq(proposals.id, callStaffVoteProjects.proposalId),
        eq(proposals.organisationId, callStaffVoteProjects.organisationId),
      ),
    )
    .where(and(eq(callStaffVoteProjects.processId, processId), isNull(proposals.costMinor)));
  return new Set(rows.map((r) => r.projectId));
}

/** Counting rules that fund projects by their costs within the budget (Cluj's counts votes). */
export const COSTED_COUNTS: ReadonlySet<CountingRule> = new Set(['greedy', 'mes-add1']);

/**
 * Which field of a rules form needs every cost stated, if any: a knapsack ballot adds up the
 * chosen projects' costs, greedy and MES fund within the budget by cost. Either would treat a
 * project on the ballot at the smallest amount as nearly free.
 */
export function costsMissing(
  rule: Pick<BallotRule, 'kind'>,
  countingRule: CountingRule,
  unstated: number,
): 'kind' | 'countingRule' | null {
  if (unstated === 0) return null;
  if (rule.kind === 'knapsack') return 'kind';
  return COSTED_COUNTS.has(countingRule) ? 'countingRule' : null;
}

const MISSING_KEY = {
  kind: 'staff_vote.costs_missing',
  countingRule: 'staff_vote.costs_missing_count',
} as const;

/** The message for what `costsMissing` found. */
export const costsMissingKey = (field: 'kind' | 'countingRule') => MISSING_KEY[field];

/** The same, for a rules form: the message is the field's. */
export function ensureCostsFor(
  rule: Pick<BallotRule, 'kind'>,
  countingRule: CountingRule,
  unstated: number,
) {
  const field = costsMissing(rule, countingRule, unstated);
  if (field) throw new Invalid({ [field]: { key: costsMissingKey(field) } });
}
