import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { Invalid } from '../errors.ts';
import type { BallotRule } from '../pb/ballot-rule.ts';
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

/** A knapsack ballot adds up what the chosen projects cost: every cost must be stated. */
export const costsMissing = (rule: Pick<BallotRule, 'kind'>, unstated: number) =>
  rule.kind === 'knapsack' && unstated > 0;

/** The same, for a rules form: the message is the ballot kind's field's. */
export function ensureCostsFor(rule: Pick<BallotRule, 'kind'>, unstated: number) {
  if (costsMissing(rule, unstated))
    throw new Invalid({ kind: { key: 'staff_vote.costs_missing' } });
}
