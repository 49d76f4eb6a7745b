import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { PersonalDataPart } from '../module.ts';
import type { User } from '../accounts/schema.ts';
import { proposals } from '../proposals/schema.ts';
import type { messages } from './messages.ts';
import { evaluationAssignments, evaluationScores } from './schema.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** What they evaluated: each assignment, the conflict they declared, their scores. */
async function exportEvaluations(db: Queryable, user: User) {
  const rows = await db
    .select({ a: evaluationAssignments, title: proposals.title })
    .from(evaluationAssignments)
    .innerJoin(proposals, eq(proposals.id, evaluationAssignments.proposalId))
    .where(eq(evaluationAssignments.evaluatorId, user.id))
    .orderBy(asc(evaluationAssignments.createdAt), asc(evaluationAssignments.id));
  const scores = await db
    .select({
      assignmentId: evaluationScores.assignmentId,
      criterionKey: evaluationScores.criterionKey,
      score: evaluationScores.score,
      comment: evaluationScores.comment,
    })
    .from(evaluationScores)
    .innerJoin(evaluationAssignments, eq(evaluationAssignments.id, evaluationScores.assignmentId))
    .where(eq(evaluationAssignments.evaluatorId, user.id));
  return {
    evaluations: rows.map(({ a, title }) => ({
      proposal: { id: a.proposalId, title },
      assignedAt: iso(a.createdAt),
      conflictDeclaredAt: iso(a.conflictDeclaredAt),
      conflictReason: a.conflictReason,
      scores: scores
        .filter((s) => s.assignmentId === a.id)
        .map(({ criterionKey, score, comment }) => ({ criterionKey, score, comment })),
    })),
  };
}

/**
 * Scores stay: the call's ranking and its decision rest on them, and they were given blind.
 * Once the account is erased they are tied to its anonymised name only.
 */
export const evaluationPersonalData = {
  exported: ['privacy.data.item.evaluations'],
  kept: ['privacy.delete.kept.evaluations'],
  export: exportEvaluations,
} satisfies PersonalDataPart<typeof messages>;
