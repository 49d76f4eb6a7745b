import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { authorize, can } from '../permissions/can.ts';
import { countOf, paginate } from '../lists/paging.ts';
import { callCategories, innovationCalls } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import { loadAssignment } from './access.ts';
import { rubricOf } from '../calls/rubric.ts';
import { evaluationAssignments, evaluationScores } from './schema.ts';

/**
 * What an evaluator sees, built only from these queries. They never select an author column
 * (author, co-authors, their names, e-mails or departments) — blind calls or not — so that
 * nothing reached through an evaluator's pages can name who wrote a proposal.
 */
export const PAGE_SIZE = 20;

/** The proposal as the jury reads it: its text and category, nothing about its people. */
const juryColumns = {
  id: proposals.id,
  title: proposals.title,
  problem: proposals.problem,
  solution: proposals.solution,
  state: proposals.state,
  categoryName: callCategories.name,
};

/** The evaluator's own assignments, newest call first, a page at a time. */
export async function myAssignments(ctx: Ctx, page = 1) {
  authorize(ctx.actor, 'evaluation.evaluate');
  const where = and(
    eq(evaluationAssignments.organisationId, ctx.org.id),
    eq(evaluationAssignments.evaluatorId, ctx.actor!.userId),
  );
  const paged = paginate(
    await countOf(ctx.db.select({ n: count() }).from(evaluationAssignments).where(where)),
    page,
    PAGE_SIZE,
  );
  const rows = await ctx.db
    .select({
      assignmentId: evaluationAssignments.id,
      conflicted: evaluationAssignments.conflictDeclaredAt,
      scoredAt: evaluationAssignments.scoredAt,
      title: proposals.title,
      state: proposals.state,
      callTitle: innovationCalls.title,
    })
    .from(evaluationAssignments)
    .innerJoin(proposals, eq(proposals.id, evaluationAssignments.proposalId))
    .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
    .where(where)
    .orderBy(desc(innovationCalls.opensAt), asc(proposals.title), asc(evaluationAssignments.id))
    .limit(paged.size)
    .offset(paged.offset);
  return { assignments: rows, ...paged };
}

/** One assignment: the proposal (without its people), the rubric, the evaluator's own scores. */
export async function assignmentView(ctx: Ctx, assignmentId: string) {
  const row = await loadAssignment(ctx, assignmentId);
  const [proposal] = await ctx.db
    .select(juryColumns)
    .from(proposals)
    .innerJoin(callCategories, eq(callCategories.id, proposals.categoryId))
    .where(and(eq(proposals.id, row.proposal.id), eq(proposals.organisationId, ctx.org.id)));
  const scores = await ctx.db
    .select({
      criterionKey: evaluationScores.criterionKey,
      score: evaluationScores.score,
      comment: evaluationScores.comment,
    })
    .from(evaluationScores)
    .where(eq(evaluationScores.assignmentId, row.assignment.id));
  const { assignment, call } = row;
  return {
    assignment: {
      id: assignment.id,
      version: assignment.version,
      scoredAt: assignment.scoredAt,
      conflictDeclaredAt: assignment.conflictDeclaredAt,
      conflictReason: assignment.conflictReason,
    },
    call: { id: call.id, title: call.title },
    proposal: proposal!,
    rubric: await rubricOf(ctx, call),
    scores: Object.fromEntries(scores.map((s) => [s.criterionKey, s])),
    canScore: can(ctx.actor, 'evaluation.score', row),
    canDeclare: can(ctx.actor, 'evaluation.declare_conflict', row),
  };
}
