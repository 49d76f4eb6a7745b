import { and, eq } from 'drizzle-orm';
import { NotFound } from '../errors.ts';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { choice, uuidField } from '../validation/fields.ts';
import { ballotRuleSchema, COUNTING_RULES } from './ballot-rule.ts';
import { amount } from './form.ts';
import { lockProcess } from './lifecycle.ts';
import { ensureRulesOpen } from './processes.ts';
import { pbDomains, pbProcesses } from './schema.ts';
import { ensureCostsFor, unstatedCosts } from '../staff-votes/costs.ts';

const emptyIsNull = (v: unknown) => (v === '' || v === undefined ? null : v);

/** The ballot-rule form: amounts in whole currency units; counting rule and winners beside. */
const rulesFormSchema = z
  .object({
    budgetLimit: z.preprocess(emptyIsNull, amount().nullable()),
    countingRule: choice(COUNTING_RULES),
    maxWinners: z.coerce.number().int().min(1).max(1000),
  })
  .passthrough();

/**
 * The ballot-rule form read: the ballot rule, the counting rule and Cluj's number of winners.
 * The process's form and a call's staff vote (decision 058) read the same fields.
 */
export function parseRulesForm(input: unknown) {
  const extra = parseInput(rulesFormSchema, input);
  const rule = parseInput(ballotRuleSchema, {
    ...(input as object),
    budgetLimit: extra.budgetLimit,
  });
  return { rule, countingRule: extra.countingRule, maxWinners: extra.maxWinners };
}

/**
 * Changes how a process's ballot is filled in and counted. Refused once voting has opened —
 * here (Conflict) and by the database (trigger): the rule stays as it was.
 */
export async function updateBallotRule(ctx: Ctx, processId: string, input: unknown) {
  const { rule, ...extra } = parseRulesForm(input);
  return inTransaction(ctx, async (tx) => {
    const { process } = await lockProcess(tx, processId);
    authorize(tx.actor, 'pb.process.manage', process);
    ensureRulesOpen(process);
    ensureCostsFor(rule, extra.countingRule, (await unstatedCosts(tx.db, process.id)).size);
    const [after] = await tx.db
      .update(pbProcesses)
      .set({
        ballotRule: rule,
        countingRule: extra.countingRule,
        maxWinners: extra.maxWinners,
        updatedAt: tx.now(),
      })
      .where(eq(pbProcesses.id, process.id))
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'pb.process.rules',
      resourceType: 'pb_process',
      resourceId: process.id,
      before: {
        ballotRule: process.ballotRule,
        countingRule: process.countingRule,
        maxWinners: process.maxWinners,
      },
      after: {
        ballotRule: after!.ballotRule,
        countingRule: after!.countingRule,
        maxWinners: after!.maxWinners,
      },
    });
    return after!;
  });
}

const domainLimitSchema = z.object({
  domainId: uuidField(),
  maxVotes: z.preprocess(emptyIsNull, z.coerce.number().int().min(1).max(1000).nullable()),
});

/** A domain's own vote limit (over the ballot rule's per-domain one); locked with the rules. */
export async function setDomainLimit(ctx: Ctx, processId: string, input: unknown) {
  const { domainId, maxVotes } = parseInput(domainLimitSchema, input);
  return inTransaction(ctx, async (tx) => {
    const { process } = await lockProcess(tx, processId);
    authorize(tx.actor, 'pb.process.manage', process);
    ensureRulesOpen(process);
    const [after] = await tx.db
      .update(pbDomains)
      .set({ maxVotes })
      .where(and(eq(pbDomains.id, domainId), eq(pbDomains.processId, process.id)))
      .returning();
    if (!after) throw new NotFound('pb_domain');
    await recordAudit(tx.db, tx, {
      action: 'pb.domain.limit',
      resourceType: 'pb_domain',
      resourceId: after.id,
      after: { maxVotes },
    });
    return after;
  });
}
