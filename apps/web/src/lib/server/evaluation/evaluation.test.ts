import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, inArray, sql } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { evaluationWorld } from './testing.ts';
import { assignEvaluators, removeAssignment } from './assign.ts';
import { declareConflict, saveScores } from './scores.ts';
import { assignmentView, myAssignments } from './evaluator-views.ts';
import { evaluationProgress } from './admin-views.ts';
import { DEFAULT_RUBRIC } from '../calls/rubric.ts';
import { evaluationAssignments, evaluationScores } from './schema.ts';
import { notifications } from '../notifications/schema.ts';

let database: Database;

/** The scores held by these assignments (the file's tests share one database). */
const scoresOf = (...ids: string[]) =>
  database.db.select().from(evaluationScores).where(inArray(evaluationScores.assignmentId, ids));
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** A full score form: every criterion of the default rubric at `score`. */
export const fullScores = (version: number, score = 4, comment = 'Clar și realist.') => ({
  version: String(version),
  ...Object.fromEntries(
    DEFAULT_RUBRIC.flatMap((c) => [
      [`score_${c.key}`, String(score)],
      [`comment_${c.key}`, comment],
    ]),
  ),
});

async function assignedWorld(perProposal = 2) {
  const w = await evaluationWorld(database.db);
  await assignEvaluators(w.asAdmin, w.call.id, {
    mode: 'balanced',
    perProposal: String(perProposal),
    evaluatorIds: w.evaluators.map((e) => e.id),
  });
  const mine = await Promise.all(w.asEvaluators.map((c) => myAssignments(c)));
  return { ...w, mine: mine.map((m) => m.assignments) };
}

describe('assigning evaluators', () => {
  test('balanced: every proposal gets N, nobody twice, the load spread evenly; again adds nothing', async () => {
    const w = await assignedWorld(2);
    const rows = await database.db
      .select()
      .from(evaluationAssignments)
      .where(
        inArray(
          evaluationAssignments.proposalId,
          w.proposals.map((p) => p.id),
        ),
      );
    expect(rows).toHaveLength(6);
    for (const p of w.proposals) expect(rows.filter((r) => r.proposalId === p.id)).toHaveLength(2);
    expect(w.mine.map((m) => m.length).sort()).toEqual([2, 2, 2]);
    // Each evaluator is told how many, and nothing else (no title, no author).
    const told = await database.db
      .select()
      .from(notifications)
      .where(
        inArray(
          notifications.userId,
          w.evaluators.map((e) => e.id),
        ),
      );
    expect(told.map((n) => [n.kind, n.params, n.href])).toEqual(
      w.evaluators.map(() => ['evaluation.assigned', { count: 2 }, '/evaluation']),
    );
    const again = await assignEvaluators(w.asAdmin, w.call.id, {
      mode: 'balanced',
      perProposal: '2',
      evaluatorIds: w.evaluators.map((e) => e.id),
    });
    expect(again).toMatchObject({ added: 0, short: 0 });
  });

  test('"all" puts every chosen evaluator on every proposal', async () => {
    const w = await evaluationWorld(database.db);
    const r = await assignEvaluators(w.asAdmin, w.call.id, {
      mode: 'all',
      evaluatorIds: w.evaluators.map((e) => e.id),
    });
    expect(r.added).toBe(9);
  });

  test('only the organisation’s evaluators; in a blind call no admin or moderator', async () => {
    const w = await evaluationWorld(database.db);
    const assign = (ids: string[]) =>
      assignEvaluators(w.asAdmin, w.call.id, { mode: 'all', evaluatorIds: ids });
    await expect(assign([w.employee.id])).rejects.toMatchObject({
      fields: { evaluatorIds: 'evaluation.assign.not_evaluator' },
    });
    await expect(assign([w.otherAdmin.id])).rejects.toThrow(Invalid);
    const adminEvaluator = await makeEvaluatorAdmin(w);
    await expect(assign([adminEvaluator])).rejects.toMatchObject({
      fields: { evaluatorIds: 'evaluation.assign.sees_authors' },
    });
    await expect(
      assignEvaluators(w.asAdmin, w.call.id, {
        mode: 'balanced',
        perProposal: '0',
        evaluatorIds: [],
      }),
    ).rejects.toMatchObject({
      fields: {
        perProposal: { key: 'evaluation.assign.per_proposal_range' },
        evaluatorIds: { key: 'evaluation.assign.pick_evaluators' },
      },
    });
  });

  test('an author is never assigned their own proposal', async () => {
    const w = await evaluationWorld(database.db);
    const author = w.authors[0]!;
    await database.db.execute(
      sql`update memberships set roles = array['employee','evaluator'] where user_id = ${author.id}`,
    );
    await assignEvaluators(w.asAdmin, w.call.id, { mode: 'all', evaluatorIds: [author.id] });
    const rows = await database.db
      .select()
      .from(evaluationAssignments)
      .where(eq(evaluationAssignments.evaluatorId, author.id));
    const own = w.proposals.filter((p) => p.authorId === author.id).map((p) => p.id);
    expect(rows.length).toBe(w.proposals.length - own.length);
    expect(rows.some((r) => own.includes(r.proposalId))).toBe(false);
  });

  test('a scored assignment cannot be removed; an unscored one can', async () => {
    const w = await assignedWorld(1);
    const [a, b] = [w.mine.flat()[0]!, w.mine.flat()[1]!];
    const owner = w.mine.findIndex((m) => m.some((x) => x.assignmentId === a.assignmentId));
    await saveScores(w.asEvaluators[owner]!, a.assignmentId, fullScores(0));
    await expect(removeAssignment(w.asAdmin, w.call.id, a.assignmentId)).rejects.toMatchObject({
      key: 'evaluation.remove.has_scores',
    });
    await removeAssignment(w.asAdmin, w.call.id, b.assignmentId);
    const left = await database.db.select().from(evaluationAssignments);
    expect(left.map((r) => r.id)).not.toContain(b.assignmentId);
  });
});

async function makeEvaluatorAdmin(w: Awaited<ReturnType<typeof evaluationWorld>>) {
  await database.db.execute(
    sql`update memberships set roles = array['admin','evaluator'] where user_id = ${w.admin.id}`,
  );
  return w.admin.id;
}

describe('scoring', () => {
  test('save part, then the rest; each save moves the version on; complete marks it scored', async () => {
    const w = await assignedWorld(1);
    const me = w.asEvaluators[0]!;
    const a = w.mine[0]![0]!;
    const first = await saveScores(me, a.assignmentId, {
      version: '0',
      score_impact: '5',
      comment_impact: 'Economisește 290 de ore pe an.',
    });
    expect(first).toMatchObject({ version: 1, scoredAt: null });
    const done = await saveScores(me, a.assignmentId, fullScores(1, 3));
    expect(done.version).toBe(2);
    expect(done.scoredAt).toBeInstanceOf(Date);
    const view = await assignmentView(me, a.assignmentId);
    expect(view.scores.impact).toMatchObject({ score: 3, comment: 'Clar și realist.' });
  });

  test('bad input: out of range, not a number, a comment without its score', async () => {
    const w = await assignedWorld(1);
    const me = w.asEvaluators[0]!;
    const id = w.mine[0]![0]!.assignmentId;
    for (const bad of ['0', '6', '2.5', 'cinci', '1e1', ' ', '0x10', '٣', '4.0']) {
      await expect(saveScores(me, id, { version: '0', score_impact: bad })).rejects.toThrow(
        Invalid,
      );
    }
    await expect(
      saveScores(me, id, { version: '0', comment_feasibility: 'Fără punctaj' }),
    ).rejects.toMatchObject({
      fields: { score_feasibility: { key: 'evaluation.score.missing_for_comment' } },
    });
    await expect(saveScores(me, id, { version: 'x' })).rejects.toThrow(Invalid);
    expect(await scoresOf(id)).toEqual([]);
  });

  test('a save over a newer version is refused with a clear message; the same save again is fine', async () => {
    const w = await assignedWorld(1);
    const me = w.asEvaluators[0]!;
    const id = w.mine[0]![0]!.assignmentId;
    await saveScores(me, id, fullScores(0, 4));
    // The double click: the same form, same version, same content.
    const again = await saveScores(me, id, fullScores(0, 4));
    expect(again.version).toBe(1);
    // Another tab, opened before the save, says something else.
    await expect(saveScores(me, id, fullScores(0, 2))).rejects.toMatchObject({
      key: 'evaluation.stale',
    });
    const rows = await scoresOf(id);
    expect(rows.map((r) => r.score)).toEqual(DEFAULT_RUBRIC.map(() => 4));
  });

  test('two evaluators saving at once, and one evaluator’s double submit at once', async () => {
    const w = await evaluationWorld(database.db, 1);
    await assignEvaluators(w.asAdmin, w.call.id, {
      mode: 'all',
      evaluatorIds: w.evaluators.slice(0, 2).map((e) => e.id),
    });
    const ids = await Promise.all(
      w.asEvaluators
        .slice(0, 2)
        .map(async (c) => (await myAssignments(c)).assignments[0]!.assignmentId),
    );
    await Promise.all([
      saveScores(w.asEvaluators[0]!, ids[0]!, fullScores(0, 5)),
      saveScores(w.asEvaluators[1]!, ids[1]!, fullScores(0, 2)),
    ]);
    const twice = await Promise.allSettled([
      saveScores(w.asEvaluators[0]!, ids[0]!, fullScores(1, 3)),
      saveScores(w.asEvaluators[0]!, ids[0]!, fullScores(1, 3)),
    ]);
    expect(twice.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    const raced = await Promise.allSettled([
      saveScores(w.asEvaluators[1]!, ids[1]!, fullScores(1, 1)),
      saveScores(w.asEvaluators[1]!, ids[1]!, fullScores(1, 5)),
    ]);
    const lost = raced.filter((r) => r.status === 'rejected');
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(Conflict);
    const rows = await scoresOf(...ids);
    expect(rows).toHaveLength(2 * DEFAULT_RUBRIC.length);
    const [a] = await database.db
      .select()
      .from(evaluationAssignments)
      .where(eq(evaluationAssignments.id, ids[0]!));
    expect(a!.version).toBe(2);
  });

  test('someone else’s assignment is not found, for an evaluator and for an admin', async () => {
    const w = await assignedWorld(1);
    const id = w.mine[0]![0]!.assignmentId;
    await expect(assignmentView(w.asEvaluators[1]!, id)).rejects.toThrow(NotFound);
    await expect(saveScores(w.asEvaluators[1]!, id, fullScores(0))).rejects.toThrow(NotFound);
    await expect(assignmentView(w.asAdmin, id)).rejects.toThrow(NotFound);
    await expect(assignmentView(w.asEvaluators[0]!, 'not-a-uuid')).rejects.toThrow(NotFound);
  });
});

describe('conflicts of interest', () => {
  test('declaring one removes the scores given and stops scoring; once is enough', async () => {
    const w = await assignedWorld(1);
    const me = w.asEvaluators[0]!;
    const id = w.mine[0]![0]!.assignmentId;
    await saveScores(me, id, fullScores(0));
    await expect(declareConflict(me, id, { conflictReason: '  ' })).rejects.toThrow(Invalid);
    const declared = await declareConflict(me, id, {
      conflictReason: 'Am lucrat la această idee.',
    });
    expect(declared).toMatchObject({ scorable: false, version: 2 });
    expect(await scoresOf(id)).toEqual([]);
    await expect(saveScores(me, id, fullScores(2))).rejects.toMatchObject({
      key: 'evaluation.conflicted',
    });
    const again = await declareConflict(me, id, { conflictReason: 'Altceva' });
    expect(again.conflictReason).toBe('Am lucrat la această idee.');
    const progress = await evaluationProgress(w.asAdmin, w.call.id);
    expect(progress.totals.conflicts).toBe(1);
  });

  test('the database itself refuses a conflicted evaluator’s score, and a conflict over scores', async () => {
    const w = await assignedWorld(1);
    const [a, b] = [w.mine[0]![0]!.assignmentId, w.mine[1]![0]!.assignmentId];
    await declareConflict(w.asEvaluators[0]!, a, { conflictReason: 'Coleg de birou.' });
    await expect(
      database.db
        .insert(evaluationScores)
        .values({ assignmentId: a, criterionKey: 'impact', score: 3 }),
    ).rejects.toThrow();
    await saveScores(w.asEvaluators[1]!, b, fullScores(0));
    await expect(
      database.db
        .update(evaluationAssignments)
        .set({ conflictDeclaredAt: new Date(), conflictReason: 'Ocolind aplicația' })
        .where(eq(evaluationAssignments.id, b)),
    ).rejects.toThrow();
  });
});
