import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { paginate } from '../lists/paging.ts';
import { authorize, can } from '../permissions/can.ts';
import { listCalls } from '../calls/service.ts';
import { users } from '../accounts/schema.ts';
import { callCategories } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import type { ProposalState } from '../proposals/lifecycle.ts';
import { managedCall } from './access.ts';
import { rubricOf } from '../calls/rubric.ts';
import { rankByMean, spreads, type Spread } from './scoring.ts';
import { evaluationAssignments, evaluationScores } from './schema.ts';

export const ADMIN_PAGE_SIZE = 50;

/** The states a proposal has once its evaluation started. */
export const EVALUATED_STATES: ProposalState[] = [
  'in_evaluation',
  'shortlisted',
  'selected',
  'not_selected',
];

/** The call's proposals from evaluation on (title, category, state), by title. */
export function evaluatedProposals(ctx: Ctx, callId: string) {
  return ctx.db
    .select({
      id: proposals.id,
      title: proposals.title,
      state: proposals.state,
      categoryKey: callCategories.key,
      categoryName: callCategories.name,
    })
    .from(proposals)
    .innerJoin(callCategories, eq(callCategories.id, proposals.categoryId))
    .where(
      and(
        eq(proposals.organisationId, ctx.org.id),
        eq(proposals.callId, callId),
        inArray(proposals.state, EVALUATED_STATES),
      ),
    )
    .orderBy(asc(proposals.title), asc(proposals.id));
}

function assignmentsOf(ctx: Ctx, proposalIds: string[]) {
  if (!proposalIds.length) return Promise.resolve([]);
  return ctx.db
    .select({
      id: evaluationAssignments.id,
      proposalId: evaluationAssignments.proposalId,
      evaluatorId: evaluationAssignments.evaluatorId,
      evaluatorName: users.name,
      conflictDeclaredAt: evaluationAssignments.conflictDeclaredAt,
      conflictReason: evaluationAssignments.conflictReason,
      scoredAt: evaluationAssignments.scoredAt,
    })
    .from(evaluationAssignments)
    .innerJoin(users, eq(users.id, evaluationAssignments.evaluatorId))
    .where(
      and(
        eq(evaluationAssignments.organisationId, ctx.org.id),
        inArray(evaluationAssignments.proposalId, proposalIds),
      ),
    )
    .orderBy(asc(users.name));
}

type AssignmentRow = Awaited<ReturnType<typeof assignmentsOf>>[number];

/** Per evaluator: assigned, scored in full, conflicts declared. */
function byEvaluator(assignments: AssignmentRow[]) {
  type Totals = { id: string; name: string; assigned: number; done: number; conflicts: number };
  const out = new Map<string, Totals>();
  for (const a of assignments) {
    const e = out.get(a.evaluatorId) ?? {
      id: a.evaluatorId,
      name: a.evaluatorName,
      assigned: 0,
      done: 0,
      conflicts: 0,
    };
    e.assigned++;
    if (a.scoredAt) e.done++;
    if (a.conflictDeclaredAt) e.conflicts++;
    out.set(a.evaluatorId, e);
  }
  return [...out.values()];
}

/** The admin's progress view: each proposal's evaluators and where they are; totals per evaluator. */
export async function evaluationProgress(ctx: Ctx, callId: string, page = 1) {
  const call = await managedCall(ctx, callId);
  const all = await evaluatedProposals(ctx, call.id);
  const assignments = await assignmentsOf(
    ctx,
    all.map((p) => p.id),
  );
  const paged = paginate(all.length, page, ADMIN_PAGE_SIZE);
  const rows = all.slice(paged.offset, paged.offset + paged.size).map((p) => {
    const mine = assignments.filter((a) => a.proposalId === p.id);
    return {
      ...p,
      assignments: mine,
      scorable: mine.filter((a) => !a.conflictDeclaredAt).length,
      done: mine.filter((a) => a.scoredAt).length,
    };
  });
  const scorable = assignments.filter((a) => !a.conflictDeclaredAt);
  return {
    call,
    proposals: rows,
    evaluators: byEvaluator(assignments),
    totals: {
      proposals: all.length,
      assignments: scorable.length,
      done: scorable.filter((a) => a.scoredAt).length,
      conflicts: assignments.length - scorable.length,
    },
    ...paged,
  };
}

/** Every score of the call's evaluated proposals (not conflicted: those hold none). */
function scoreRows(ctx: Ctx, proposalIds: string[]) {
  if (!proposalIds.length) return Promise.resolve([]);
  return ctx.db
    .select({
      proposalId: evaluationAssignments.proposalId,
      assignmentId: evaluationScores.assignmentId,
      criterionKey: evaluationScores.criterionKey,
      score: evaluationScores.score,
    })
    .from(evaluationScores)
    .innerJoin(evaluationAssignments, eq(evaluationAssignments.id, evaluationScores.assignmentId))
    .where(
      and(
        eq(evaluationAssignments.organisationId, ctx.org.id),
        inArray(evaluationAssignments.proposalId, proposalIds),
      ),
    );
}

/** The ranking: weighted score per proposal (the mean over evaluators) with its spread. */
export async function callRanking(ctx: Ctx, callId: string) {
  const call = await managedCall(ctx, callId);
  const rubric = await rubricOf(ctx, call);
  const list = await evaluatedProposals(ctx, call.id);
  const bySpread = spreads(
    rubric,
    await scoreRows(
      ctx,
      list.map((p) => p.id),
    ),
  );
  const empty: Spread = {
    evaluators: 0,
    mean: null,
    min: null,
    max: null,
    sd: null,
    byCriterion: {},
  };
  const ranked = rankByMean(list.map((p) => ({ ...p, ...(bySpread.get(p.id) ?? empty) })));
  return { call, rubric, ranking: ranked };
}

export async function pagedRanking(ctx: Ctx, callId: string, page = 1) {
  const { ranking, ...rest } = await callRanking(ctx, callId);
  const paged = paginate(ranking.length, page, ADMIN_PAGE_SIZE);
  return { ...rest, ranking: ranking.slice(paged.offset, paged.offset + paged.size), ...paged };
}

/** The calls whose evaluation this administrator runs, newest first, with their result if out. */
export async function evaluationIndex(ctx: Ctx) {
  authorize(ctx.actor, 'evaluation.administer');
  const calls = (await listCalls(ctx)).filter((c) => can(ctx.actor, 'evaluation.manage', c));
  return calls.map((c) => ({ id: c.id, title: c.title, state: c.state }));
}
