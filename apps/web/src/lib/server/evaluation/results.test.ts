import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { ctxFor } from '../testing/factories.ts';
import { evaluationWorld } from './testing.ts';
import { assignEvaluators } from './assign.ts';
import { saveScores } from './scores.ts';
import { myAssignments } from './evaluator-views.ts';
import { callRanking } from './admin-views.ts';
import { rankingCsv } from './export.ts';
import { decide } from './decide.ts';
import { callResultsPage, publishedResults, publishResults } from './results.ts';
import { callDashboard } from './dashboard.ts';
import { DEFAULT_RUBRIC } from '../calls/rubric.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const scores = (version: number, byKey: Record<string, number>) => ({
  version: String(version),
  ...Object.fromEntries(DEFAULT_RUBRIC.map((c) => [`score_${c.key}`, String(byKey[c.key] ?? 3)])),
});

/** Three proposals, everyone on everything; evaluators disagree on the first. */
async function scoredWorld() {
  const w = await evaluationWorld(database.db);
  await assignEvaluators(w.asAdmin, w.call.id, {
    mode: 'all',
    evaluatorIds: w.evaluators.map((e) => e.id),
  });
  const [first, second] = w.proposals;
  for (const [i, me] of w.asEvaluators.entries()) {
    const { assignments } = await myAssignments(me);
    for (const a of assignments) {
      const proposal = w.proposals.find((p) => p.title === a.title)!;
      if (proposal.id === first!.id) {
        const all = i === 0 ? 5 : i === 1 ? 1 : 3;
        await saveScores(
          me,
          a.assignmentId,
          scores(0, Object.fromEntries(DEFAULT_RUBRIC.map((c) => [c.key, all]))),
        );
      } else if (proposal.id === second!.id) {
        await saveScores(me, a.assignmentId, scores(0, { impact: 5, feasibility: 4 }));
      }
    }
  }
  return w;
}

describe('the ranking', () => {
  test('weighted means with their spread; unscored last; CSV safe against formulas', async () => {
    const w = await scoredWorld();
    const { ranking } = await callRanking(w.asAdmin, w.call.id);
    const [first, second, third] = w.proposals;
    // impact 5 ×3, feasibility 4 ×2, the rest 3 ×(1+2+1): (15 + 8 + 12) / 9
    expect(ranking[0]).toMatchObject({ id: second!.id, rank: 1, evaluators: 3, sd: 0 });
    expect(ranking[0]!.mean).toBeCloseTo(35 / 9, 10);
    expect(ranking[1]).toMatchObject({ id: first!.id, rank: 2, mean: 3, min: 1, max: 5 });
    expect(ranking[1]!.sd).toBeCloseTo(Math.sqrt(8 / 3), 10);
    expect(ranking[2]).toMatchObject({ id: third!.id, rank: null, evaluators: 0, mean: null });
    const { csv } = await rankingCsv(w.asAdmin, w.call.id, 'en');
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toMatch(
      /^"Rank","Proposal","Category","Status","Evaluators","Weighted score"/,
    );
    expect(lines).toHaveLength(4);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).not.toMatch(/(^|,)"=/m);
    for (const a of w.authors) expect(csv).not.toContain(a.name);
  });

  test('an evaluator, an employee and another organisation’s admin do not get it', async () => {
    const w = await scoredWorld();
    await expect(callRanking(w.asEvaluators[0]!, w.call.id)).rejects.toThrow(Forbidden);
    await expect(callRanking(await w.ctx(w.employee), w.call.id)).rejects.toThrow(Forbidden);
    await expect(callRanking(await w.ctx(w.otherAdmin, w.other), w.call.id)).rejects.toThrow(
      NotFound,
    );
  });
});

describe('the decision and the results', () => {
  test('decide each with a reason, publish once; the public page names nobody', async () => {
    const w = await scoredWorld();
    const [first, second, third] = w.proposals;
    await expect(publishResults(w.asAdmin, w.call.id)).rejects.toMatchObject({
      key: 'results.undecided',
    });
    await expect(
      decide(w.asAdmin, w.call.id, {
        proposalId: second!.id,
        outcome: 'select',
        decisionJustification: ' ',
      }),
    ).rejects.toThrow(Invalid);
    const reason = 'Economisește 290 de ore pe an; MVP de două luni.';
    const input = { proposalId: second!.id, outcome: 'select', decisionJustification: reason };
    const [a, b] = await Promise.all(
      [decide(w.asAdmin, w.call.id, input), decide(w.asAdmin, w.call.id, input)].map((p) =>
        p.catch((e: unknown) => e),
      ),
    );
    // A double click: both succeed, or the loser is told the state changed — never two decisions.
    for (const r of [a, b]) if (r instanceof Error) expect(r).toBeInstanceOf(Conflict);
    expect(await decide(w.asAdmin, w.call.id, input)).toMatchObject({ state: 'selected' });
    for (const p of [first!, third!]) {
      await decide(w.asAdmin, w.call.id, {
        proposalId: p.id,
        outcome: 'not_select',
        decisionJustification: 'Costul depășește beneficiul estimat.',
      });
    }
    await expect(decide(w.asEvaluators[0]!, w.call.id, input)).rejects.toThrow(Forbidden);
    const published = await publishResults(w.asAdmin, w.call.id);
    expect(published.figures).toMatchObject({
      proposals: 3,
      authors: 2,
      departments: 2,
      selected: 1,
    });
    expect((await publishResults(w.asAdmin, w.call.id)).id).toBe(published.id);
    const visitor = await ctxFor(database.db, w.org, null);
    const page = await callResultsPage(visitor, w.call.id);
    expect(page.selected).toEqual([
      expect.objectContaining({ id: second!.id, justification: reason }),
    ]);
    const json = JSON.stringify(page);
    for (const a of w.authors) {
      expect(json).not.toContain(a.name);
      expect(json).not.toContain(a.email);
    }
    await expect(callResultsPage(await w.ctx(w.otherAdmin, w.other), w.call.id)).rejects.toThrow(
      NotFound,
    );
    const listed = await publishedResults(visitor);
    expect(listed.results.map((r) => [r.callId, r.figures.selected])).toEqual([[w.call.id, 1]]);
    expect((await publishedResults(await w.ctx(w.otherAdmin, w.other))).results).toEqual([]);
  });

  test('no results before publishing', async () => {
    const w = await scoredWorld();
    await expect(callResultsPage(await w.ctx(w.employee), w.call.id)).rejects.toThrow(NotFound);
    await expect(publishResults(w.asEvaluators[0]!, w.call.id)).rejects.toThrow(Forbidden);
  });
});

describe('the call dashboard', () => {
  test('submissions per week, by category and department, evaluation progress', async () => {
    const w = await scoredWorld();
    const d = await callDashboard(w.asAdmin, w.call.id);
    expect(d.total).toBe(3);
    expect(d.perWeek.reduce((s, x) => s + x.value, 0)).toBe(3);
    expect(d.byCategory.reduce((s, x) => s + x.value, 0)).toBe(3);
    expect(d.byDepartment.map((x) => x.value).sort()).toEqual([1, 2]);
    expect(d.progress).toMatchObject({ proposals: 3, assignments: 9, done: 6, conflicts: 0 });
    await expect(callDashboard(await w.ctx(w.moderator), w.call.id)).rejects.toThrow(Forbidden);
  });
});
