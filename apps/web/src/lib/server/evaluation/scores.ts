import { and, eq, notInArray } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict } from '../errors.ts';
import type { TxCtx } from '../module.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { loadAssignment } from './access.ts';
import { conflictSchema, scoresSchema } from './form.ts';
import { EVALUATION_OPEN } from './permissions.ts';
import { rubricOf } from '../calls/rubric.ts';
import { evaluationAssignments, evaluationScores, type EvaluationAssignment } from './schema.ts';

type Wanted = Map<string, { score: number; comment: string }>;

const scoresOf = (ctx: TxCtx, assignmentId: string) =>
  ctx.db
    .select({
      criterionKey: evaluationScores.criterionKey,
      score: evaluationScores.score,
      comment: evaluationScores.comment,
    })
    .from(evaluationScores)
    .where(eq(evaluationScores.assignmentId, assignmentId));

const same = (saved: Awaited<ReturnType<typeof scoresOf>>, wanted: Wanted) =>
  saved.length === wanted.size &&
  saved.every((s) => {
    const w = wanted.get(s.criterionKey);
    return w && w.score === s.score && w.comment === s.comment;
  });

/**
 * Saves an evaluator's scores, any time while the proposal is in evaluation. The form carries
 * the version it was read at: a save over a newer one (another tab, another device) is refused
 * with a clear message instead of silently overwriting — unless it says exactly what is saved
 * already (a double-clicked "save"), which is a success that changes nothing.
 */
export async function saveScores(ctx: Ctx, assignmentId: string, input: unknown) {
  return inTransaction(ctx, async (tx) => {
    const row = await loadAssignment(tx, assignmentId, true);
    if (!row.assignment.scorable) throw new Conflict('evaluation.conflicted');
    if (row.proposal.state !== EVALUATION_OPEN) throw new Conflict('evaluation.closed');
    authorize(tx.actor, 'evaluation.score', row);
    const rubric = await rubricOf(tx, row.call);
    if (!rubric.length) throw new Conflict('evaluation.no_rubric');
    const data = parseInput(scoresSchema(rubric), input) as Record<string, unknown>;
    const wanted: Wanted = new Map();
    for (const c of rubric) {
      const score = data[`score_${c.key}`] as number | undefined;
      if (score !== undefined)
        wanted.set(c.key, { score, comment: (data[`comment_${c.key}`] as string) ?? '' });
    }
    const saved = await scoresOf(tx, assignmentId);
    if (data.version !== row.assignment.version) {
      if (same(saved, wanted)) return row.assignment;
      throw new Conflict('evaluation.stale');
    }
    return writeScores(tx, row.assignment, rubric.length, wanted, saved);
  });
}

async function writeScores(
  tx: TxCtx,
  { id: assignmentId, version }: EvaluationAssignment,
  criteria: number,
  wanted: Wanted,
  before: Awaited<ReturnType<typeof scoresOf>>,
) {
  const now = tx.now();
  for (const [criterionKey, { score, comment }] of wanted) {
    await tx.db
      .insert(evaluationScores)
      .values({ assignmentId, criterionKey, score, comment })
      .onConflictDoUpdate({
        target: [evaluationScores.assignmentId, evaluationScores.criterionKey],
        set: { score, comment, updatedAt: now },
      });
  }
  // A criterion emptied again (or no longer in the rubric) is not scored.
  await tx.db
    .delete(evaluationScores)
    .where(
      and(
        eq(evaluationScores.assignmentId, assignmentId),
        wanted.size ? notInArray(evaluationScores.criterionKey, [...wanted.keys()]) : undefined,
      ),
    );
  const [after] = await tx.db
    .update(evaluationAssignments)
    .set({
      version: version + 1,
      scoredAt: wanted.size === criteria ? now : null,
      updatedAt: now,
    })
    .where(eq(evaluationAssignments.id, assignmentId))
    .returning();
  await recordAudit(tx.db, tx, {
    action: 'evaluation.score',
    resourceType: 'evaluation_assignment',
    resourceId: assignmentId,
    before,
    after: [...wanted].map(([criterionKey, v]) => ({ criterionKey, ...v })),
  });
  return after!;
}

/**
 * An evaluator declares a conflict of interest: from then on they cannot score the proposal
 * (the database refuses it too). Scores already given are removed with it — a conflicted
 * opinion must not count. Declaring it again is a success that changes nothing.
 */
export async function declareConflict(ctx: Ctx, assignmentId: string, input: unknown) {
  const { conflictReason } = parseInput(conflictSchema, input);
  return inTransaction(ctx, async (tx) => {
    const row = await loadAssignment(tx, assignmentId, true);
    if (row.assignment.conflictDeclaredAt) return row.assignment;
    if (row.proposal.state !== EVALUATION_OPEN) throw new Conflict('evaluation.closed');
    authorize(tx.actor, 'evaluation.declare_conflict', row);
    const removed = await tx.db
      .delete(evaluationScores)
      .where(eq(evaluationScores.assignmentId, assignmentId))
      .returning({ id: evaluationScores.id });
    const now = tx.now();
    const [after] = await tx.db
      .update(evaluationAssignments)
      .set({
        conflictDeclaredAt: now,
        conflictReason,
        scoredAt: null,
        version: row.assignment.version + 1,
        updatedAt: now,
      })
      .where(eq(evaluationAssignments.id, assignmentId))
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'evaluation.declare_conflict',
      resourceType: 'evaluation_assignment',
      resourceId: assignmentId,
      before: { scorable: true },
      after: { scorable: false, conflictReason, scoresRemoved: removed.length },
    });
    return after!;
  });
}
