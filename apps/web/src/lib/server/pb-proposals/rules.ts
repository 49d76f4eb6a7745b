import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import type { Queryable } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { text, wholeNumber } from '../validation/fields.ts';
import { phaseIndex } from '../pb/phases.ts';
import { lockProcess } from '../pb/lifecycle.ts';
import type { ChecklistItem } from '../calls/schema.ts';
import { CLUJ_CRITERIA } from './criteria.ts';
import { pbProposalRules } from './schema.ts';

export interface ProposalRules {
  perDomainLimit: number;
  minGroupSize: number;
  checklist: ChecklistItem[];
}

export const DEFAULT_RULES: ProposalRules = {
  perDomainLimit: 1,
  minGroupSize: 1,
  checklist: CLUJ_CRITERIA,
};

/** A process's rules for proposals: its own row, or Cluj-Napoca's defaults. */
export async function proposalRulesOf(db: Queryable, processId: string): Promise<ProposalRules> {
  const [row] = await db
    .select()
    .from(pbProposalRules)
    .where(eq(pbProposalRules.processId, processId));
  return row
    ? {
        perDomainLimit: row.perDomainLimit,
        minGroupSize: row.minGroupSize,
        checklist: row.checklist,
      }
    : DEFAULT_RULES;
}

/**
 * The rules form: limits, and the checklist as one criterion per line in each language (the
 * Romanian lines decide how many criteria there are; the others translate them line by line).
 */
const rulesSchema = z
  .object({
    perDomainLimit: wholeNumber(1, 20, 'pb_proposals.rules.number'),
    minGroupSize: wholeNumber(1, 50, 'pb_proposals.rules.number'),
    criteria_ro: text({ max: 10_000, multiline: true }),
    criteria_en: z.string().optional(),
    criteria_hu: z.string().optional(),
  })
  .transform((f, ctx) => {
    const lines = (s = '') => s.split('\n').map((l) => l.trim());
    const ro = lines(f.criteria_ro).filter(Boolean);
    const [en, hu] = [lines(f.criteria_en).filter(Boolean), lines(f.criteria_hu).filter(Boolean)];
    if (ro.length > 30 || ro.some((l) => l.length > 300))
      ctx.addIssue({
        code: 'custom',
        path: ['criteria_ro'],
        message: 'pb_proposals.rules.criteria',
      });
    const checklist: ChecklistItem[] = ro.map((label, i) => ({
      key: `c${i + 1}`,
      label: { ro: label, en: en[i]?.slice(0, 300) || label, hu: hu[i]?.slice(0, 300) || label },
    }));
    return { perDomainLimit: f.perDomainLimit, minGroupSize: f.minGroupSize, checklist };
  });

/** Criteria written one per line in a language, for the form. */
export const criteriaLines = (checklist: ChecklistItem[], locale: 'ro' | 'en' | 'hu') =>
  checklist.map((c) => c.label[locale] ?? c.label.ro).join('\n');

/**
 * Sets how a process takes proposals. The checklist and limits can change until the analysis
 * begins: after that, proposals were written and analysed under them.
 */
export async function updateProposalRules(ctx: Ctx, processId: string, input: unknown) {
  return inTransaction(ctx, async (tx) => {
    const { process } = await lockProcess(tx, processId);
    authorize(tx.actor, 'pb.proposal.administer', process);
    if (phaseIndex(process.state) >= phaseIndex('analysis'))
      throw new Conflict('pb_proposals.rules.locked');
    const fields = parseInput(rulesSchema, input);
    const before = await proposalRulesOf(tx.db, processId);
    const values = { organisationId: ctx.org.id, processId, ...fields, updatedAt: tx.now() };
    await tx.db
      .insert(pbProposalRules)
      .values(values)
      .onConflictDoUpdate({
        target: pbProposalRules.processId,
        set: { ...fields, updatedAt: tx.now() },
      });
    await recordAudit(tx.db, tx, {
      action: 'pb.proposal_rules.update',
      resourceType: 'pb_process',
      resourceId: processId,
      before,
      after: fields,
    });
    return fields;
  });
}
