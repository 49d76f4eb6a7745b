import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import type { Ctx } from '../context.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { ctxFor } from '../testing/factories.ts';
import { evaluationWorld } from './testing.ts';
import { assignEvaluators, removeAssignment } from './assign.ts';
import { declareConflict, saveScores } from './scores.ts';
import { assignmentView, myAssignments } from './evaluator-views.ts';
import { callRanking, evaluationIndex, evaluationProgress } from './admin-views.ts';
import { rankingCsv } from './export.ts';
import { decide } from './decide.ts';
import { publishResults } from './results.ts';
import { callDashboard } from './dashboard.ts';

/**
 * Every action of the jury × every kind of person × (their own / someone else's / another
 * organisation's). Each cell runs the real domain function on a fresh world and checks the
 * outcome: done, forbidden, or not found (what one may not see is not revealed to exist).
 */
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

type Outcome = 'ok' | 'forbidden' | 'not_found';
type World = Awaited<ReturnType<typeof setUp>>;
const PEOPLE = [
  'admin',
  'moderator',
  'evaluator',
  'employee',
  'participant',
  'visitor',
  'other_org_admin',
] as const;
type Person = (typeof PEOPLE)[number];

async function setUp() {
  const w = await evaluationWorld(database.db, 2);
  await assignEvaluators(w.asAdmin, w.call.id, {
    mode: 'balanced',
    perProposal: '1',
    evaluatorIds: w.evaluators.slice(0, 2).map((e) => e.id),
  });
  const own = (await myAssignments(w.asEvaluators[0]!)).assignments[0]!.assignmentId;
  const others = (await myAssignments(w.asEvaluators[1]!)).assignments[0]!.assignmentId;
  const as: Record<Person, Ctx> = {
    admin: w.asAdmin,
    moderator: await w.ctx(w.moderator),
    evaluator: w.asEvaluators[0]!,
    employee: await w.ctx(w.employee),
    participant: await w.ctx(w.participant),
    visitor: await ctxFor(database.db, w.org, null),
    other_org_admin: await w.ctx(w.otherAdmin, w.other),
  };
  return { ...w, own, others, as };
}

const score = (version = 0) => ({ version: String(version), score_impact: '4' });
const decision = (w: World) => ({
  proposalId: w.proposals[0]!.id,
  outcome: 'not_select',
  decisionJustification: 'Nu se încadrează în buget.',
});

/** action → what each person gets. Actions on an assignment are tried on their own and another's. */
const MATRIX: Record<string, [(w: World, c: Ctx) => Promise<unknown>, Record<Person, Outcome>]> = {
  'index of evaluations': [
    (_w, c) => evaluationIndex(c),
    {
      admin: 'ok',
      moderator: 'forbidden',
      evaluator: 'forbidden',
      employee: 'forbidden',
      participant: 'forbidden',
      visitor: 'forbidden',
      other_org_admin: 'ok',
    },
  ],
  'assign evaluators': [
    (w, c) => assignEvaluators(c, w.call.id, { mode: 'all', evaluatorIds: [w.evaluators[2]!.id] }),
    {
      admin: 'ok',
      moderator: 'forbidden',
      evaluator: 'forbidden',
      employee: 'forbidden',
      participant: 'not_found',
      visitor: 'not_found',
      other_org_admin: 'not_found',
    },
  ],
  'remove an assignment': [
    (w, c) => removeAssignment(c, w.call.id, w.others),
    {
      admin: 'ok',
      moderator: 'forbidden',
      evaluator: 'forbidden',
      employee: 'forbidden',
      participant: 'not_found',
      visitor: 'not_found',
      other_org_admin: 'not_found',
    },
  ],
  progress: [
    (w, c) => evaluationProgress(c, w.call.id),
    {
      admin: 'ok',
      moderator: 'forbidden',
      evaluator: 'forbidden',
      employee: 'forbidden',
      participant: 'not_found',
      visitor: 'not_found',
      other_org_admin: 'not_found',
    },
  ],
  'ranking and CSV': [
    async (w, c) => [await callRanking(c, w.call.id), await rankingCsv(c, w.call.id, 'ro')],
    {
      admin: 'ok',
      moderator: 'forbidden',
      evaluator: 'forbidden',
      employee: 'forbidden',
      participant: 'not_found',
      visitor: 'not_found',
      other_org_admin: 'not_found',
    },
  ],
  dashboard: [
    (w, c) => callDashboard(c, w.call.id),
    {
      admin: 'ok',
      moderator: 'forbidden',
      evaluator: 'forbidden',
      employee: 'forbidden',
      participant: 'not_found',
      visitor: 'not_found',
      other_org_admin: 'not_found',
    },
  ],
  decide: [
    (w, c) => decide(c, w.call.id, decision(w)),
    {
      admin: 'ok',
      moderator: 'forbidden',
      evaluator: 'forbidden',
      employee: 'forbidden',
      participant: 'not_found',
      visitor: 'not_found',
      other_org_admin: 'not_found',
    },
  ],
  'publish results (nothing decided yet: refused after the permission)': [
    (w, c) =>
      publishResults(c, w.call.id).catch((e: unknown) => {
        if (e instanceof Conflict) return 'checked';
        throw e;
      }),
    {
      admin: 'ok',
      moderator: 'forbidden',
      evaluator: 'forbidden',
      employee: 'forbidden',
      participant: 'not_found',
      visitor: 'not_found',
      other_org_admin: 'not_found',
    },
  ],
  'my assignments': [
    (_w, c) => myAssignments(c),
    {
      admin: 'forbidden',
      moderator: 'forbidden',
      evaluator: 'ok',
      employee: 'forbidden',
      participant: 'forbidden',
      visitor: 'forbidden',
      other_org_admin: 'ok',
    },
  ],
  'read own assignment': [
    (w, c) => assignmentView(c, w.own),
    {
      admin: 'not_found',
      moderator: 'not_found',
      evaluator: 'ok',
      employee: 'not_found',
      participant: 'not_found',
      visitor: 'not_found',
      other_org_admin: 'not_found',
    },
  ],
  'score own assignment': [
    (w, c) => saveScores(c, w.own, score()),
    {
      admin: 'not_found',
      moderator: 'not_found',
      evaluator: 'ok',
      employee: 'not_found',
      participant: 'not_found',
      visitor: 'not_found',
      other_org_admin: 'not_found',
    },
  ],
  'declare a conflict on own assignment': [
    (w, c) => declareConflict(c, w.own, { conflictReason: 'Rudă cu autorul.' }),
    {
      admin: 'not_found',
      moderator: 'not_found',
      evaluator: 'ok',
      employee: 'not_found',
      participant: 'not_found',
      visitor: 'not_found',
      other_org_admin: 'not_found',
    },
  ],
  'read someone else’s assignment': [
    (w, c) => assignmentView(c, w.others),
    {
      admin: 'not_found',
      moderator: 'not_found',
      evaluator: 'not_found',
      employee: 'not_found',
      participant: 'not_found',
      visitor: 'not_found',
      other_org_admin: 'not_found',
    },
  ],
  'score someone else’s assignment': [
    (w, c) => saveScores(c, w.others, score()),
    {
      admin: 'not_found',
      moderator: 'not_found',
      evaluator: 'not_found',
      employee: 'not_found',
      participant: 'not_found',
      visitor: 'not_found',
      other_org_admin: 'not_found',
    },
  ],
  'declare a conflict on someone else’s assignment': [
    (w, c) => declareConflict(c, w.others, { conflictReason: 'Nu e al meu.' }),
    {
      admin: 'not_found',
      moderator: 'not_found',
      evaluator: 'not_found',
      employee: 'not_found',
      participant: 'not_found',
      visitor: 'not_found',
      other_org_admin: 'not_found',
    },
  ],
};

async function outcome(run: () => Promise<unknown>): Promise<Outcome | string> {
  try {
    await run();
    return 'ok';
  } catch (e) {
    if (e instanceof Forbidden) return 'forbidden';
    if (e instanceof NotFound) return 'not_found';
    if (e instanceof Invalid) return `invalid ${JSON.stringify(e.fields)}`;
    return `unexpected ${String(e)}`;
  }
}

describe('the jury’s permission matrix', () => {
  test.each(Object.entries(MATRIX))('%s', async (_action, [run, expected]) => {
    const actual: Record<string, string> = {};
    const shared = await setUp();
    for (const person of PEOPLE) {
      // A success changes the world: those cells get their own, so the next case starts clean.
      const w = expected[person] === 'ok' ? await setUp() : shared;
      actual[person] = await outcome(() => run(w, w.as[person]));
    }
    expect(actual).toEqual(expected);
  });
});
