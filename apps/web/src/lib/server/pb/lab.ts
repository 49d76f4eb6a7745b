import { compareOutcomes } from '@innovato-r/pb';
import type { Ctx } from '../context.ts';
import { authorize } from '../permissions/can.ts';
import { COSTED_COUNTS } from '../staff-votes/costs.ts';
import { COUNTING_RULES } from './ballot-rule.ts';
import { countData, countOutcome, electionOf } from './count.ts';
import { getProcess } from './processes.ts';
import { summarise } from './results.ts';

/**
 * The rule lab: the process's ballots counted with every rule, side by side, and how many voters
 * get more funded projects under each rule than under Cluj's. Changes nothing: the process's own
 * rule (locked since voting opened) is the one published. Sealed while votes are cast and
 * validated, as every count is (pb.results.read).
 */
export async function ruleLab(ctx: Ctx, processId: string) {
  const view = await getProcess(ctx, processId);
  authorize(ctx.actor, 'pb.lab.read', view.process);
  const data = await countData(ctx.db, view.process.id);
  const election = electionOf(data, 'cluj');
  // A staff vote may hold projects whose cost is not stated (decision 058): rules that fund by
  // cost would count them as nearly free, so the lab leaves those rules out and says so.
  const unstated = view.projects.some((p) => p.costStated === false);
  const counted = COUNTING_RULES.filter((rule) => !unstated || !COSTED_COUNTS.has(rule));
  const outcomes = counted.map((rule) => ({
    rule,
    outcome: countOutcome(election, rule, data.process.maxWinners),
  }));
  const base = outcomes[0]!.outcome;
  return {
    ...view,
    leftOut: COUNTING_RULES.filter((rule) => !counted.includes(rule)),
    rules: outcomes.map(({ rule, outcome }) => {
      const c = compareOutcomes(election, outcome, base);
      return {
        rule,
        summary: summarise(data, outcome),
        prefers: { a: c.prefersA, b: c.prefersB, same: c.indifferent },
      };
    }),
  };
}
