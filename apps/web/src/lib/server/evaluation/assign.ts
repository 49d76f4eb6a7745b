import { and, count, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import type { TxCtx } from '../module.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { notify } from '../notifications/notify.ts';
import { parseInput } from '../validation/parse.ts';
import { innovationCalls, type InnovationCall } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import { isUuid } from '../db/ids.ts';
import { evaluatorsOf, managedCall } from './access.ts';
import { planAll, planBalanced, type ProposalSlots } from './balance.ts';
import { assignSchema } from './form.ts';
import { EVALUATION_OPEN } from './permissions.ts';
import { isBlind } from '../calls/rubric.ts';
import { evaluationAssignments, evaluationScores } from './schema.ts';

/**
 * The pool the admin picked, checked: each one an evaluator of this organisation. For a blind
 * call, nobody who also moderates or administers (they see authors in their other work).
 */
async function checkedPool(ctx: TxCtx, call: InnovationCall, picked: string[]) {
  const evaluators = new Map((await evaluatorsOf(ctx)).map((e) => [e.userId, e]));
  const pool = [...new Set(picked)];
  for (const id of pool) {
    const e = evaluators.get(id);
    if (!e) throw new Invalid({ evaluatorIds: 'evaluation.assign.not_evaluator' });
    if (isBlind(call) && e.roles.some((r) => r === 'admin' || r === 'moderator')) {
      throw new Invalid({ evaluatorIds: 'evaluation.assign.sees_authors' });
    }
  }
  return pool;
}

/** The call's proposals in evaluation, with who is on each and how many can score it. */
async function slotsOf(ctx: TxCtx, callId: string): Promise<ProposalSlots[]> {
  const rows = await ctx.db
    .select({
      id: proposals.id,
      authorId: proposals.authorId,
      coAuthorIds: proposals.coAuthorIds,
      evaluatorId: evaluationAssignments.evaluatorId,
      scorable: evaluationAssignments.scorable,
    })
    .from(proposals)
    .leftJoin(evaluationAssignments, eq(evaluationAssignments.proposalId, proposals.id))
    .where(
      and(
        eq(proposals.organisationId, ctx.org.id),
        eq(proposals.callId, callId),
        eq(proposals.state, EVALUATION_OPEN),
      ),
    );
  const slots = new Map<string, ProposalSlots & { assigned: string[] }>();
  for (const r of rows) {
    // Nobody evaluates a proposal they wrote, as lead author or co-author.
    const authorIds = [r.authorId, ...r.coAuthorIds];
    const s = slots.get(r.id) ?? { id: r.id, authorIds, assigned: [], scorable: 0 };
    if (r.evaluatorId) s.assigned.push(r.evaluatorId);
    if (r.scorable) s.scorable++;
    slots.set(r.id, s);
  }
  return [...slots.values()];
}

/**
 * Each newly assigned evaluator hears how many proposals wait for them — a count and a link to
 * their list, nothing about the proposals (a notification is read outside the jury's pages).
 */
async function tellEvaluators(tx: TxCtx, plan: { evaluatorId: string }[]) {
  const counts = new Map<string, number>();
  for (const p of plan) counts.set(p.evaluatorId, (counts.get(p.evaluatorId) ?? 0) + 1);
  for (const [evaluatorId, count] of counts) {
    await notify(tx, {
      kind: 'evaluation.assigned',
      recipients: [evaluatorId],
      resource: { type: 'evaluation', id: evaluatorId, href: '/evaluation' },
      params: { count },
    });
  }
}

/**
 * Assigns evaluators to the call's proposals in evaluation: everyone picked on every proposal,
 * or balanced so that each proposal has at least N who can score it. Running it again tops up
 * (after a declared conflict, a new proposal, a new evaluator) and never assigns anyone twice.
 */
export async function assignEvaluators(ctx: Ctx, callId: string, input: unknown) {
  const data = parseInput(assignSchema, input);
  const call = await managedCall(ctx, callId);
  return inTransaction(ctx, async (tx) => {
    // One assignment run per call at a time: two admins at once would both see the same gaps.
    await tx.db
      .select({ id: innovationCalls.id })
      .from(innovationCalls)
      .where(eq(innovationCalls.id, call.id))
      .for('update');
    const pool = await checkedPool(tx, call, data.evaluatorIds);
    const slots = await slotsOf(tx, call.id);
    if (!slots.length) throw new Conflict('evaluation.assign.no_proposals');
    const plan =
      data.mode === 'all' ? planAll(slots, pool) : planBalanced(slots, pool, data.perProposal!);
    if (plan.length) {
      await tx.db
        .insert(evaluationAssignments)
        .values(
          plan.map((p) => ({ ...p, organisationId: ctx.org.id, assignedBy: ctx.actor!.userId })),
        )
        .onConflictDoNothing({
          target: [evaluationAssignments.proposalId, evaluationAssignments.evaluatorId],
        });
    }
    await tellEvaluators(tx, plan);
    await recordAudit(tx.db, tx, {
      action: 'evaluation.assign',
      resourceType: 'innovation_call',
      resourceId: call.id,
      after: { mode: data.mode, perProposal: data.perProposal ?? null, pool, added: plan },
    });
    // Proposals still short of N (the pool was too small, or everyone left is conflicted).
    const need = data.perProposal ?? 0;
    const short = (await slotsOf(tx, call.id)).filter((s) => s.scorable < need).length;
    return { added: plan.length, proposals: slots.length, short };
  });
}

/** Takes an evaluator off a proposal, as long as they have not scored it. */
export async function removeAssignment(ctx: Ctx, callId: string, assignmentId: string) {
  const call = await managedCall(ctx, callId);
  if (!isUuid(assignmentId)) throw new NotFound('evaluation_assignment');
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select({ assignment: evaluationAssignments })
      .from(evaluationAssignments)
      .innerJoin(proposals, eq(proposals.id, evaluationAssignments.proposalId))
      .where(
        and(
          eq(evaluationAssignments.id, assignmentId),
          eq(evaluationAssignments.organisationId, ctx.org.id),
          eq(proposals.callId, call.id),
        ),
      )
      .for('update', { of: evaluationAssignments });
    if (!row) throw new NotFound('evaluation_assignment');
    authorize(tx.actor, 'evaluation.manage', call);
    const [scored] = await tx.db
      .select({ n: count() })
      .from(evaluationScores)
      .where(eq(evaluationScores.assignmentId, assignmentId));
    if (scored!.n > 0) throw new Conflict('evaluation.remove.has_scores');
    await tx.db.delete(evaluationAssignments).where(eq(evaluationAssignments.id, assignmentId));
    await recordAudit(tx.db, tx, {
      action: 'evaluation.unassign',
      resourceType: 'evaluation_assignment',
      resourceId: assignmentId,
      before: row.assignment,
    });
  });
}
