import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import type { Ctx } from '../context.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { uuidv7 } from '../db/ids.ts';
import { ctxFor } from '../testing/factories.ts';
import { getCall } from '../calls/service.ts';
import { createProposal, transitionProposal } from '../proposals/commands.ts';
import { coDevelopmentWorld } from './testing.ts';
import { deleteComment, editComment, postComment } from './comments.ts';
import { hideComment, keepComment, reportComment } from './moderation.ts';
import { reportedComments } from './queue.ts';
import { supportProposal, withdrawSupport } from './supports.ts';
import { setFollowing } from './follows.ts';

/**
 * Every co-development action × every kind of person × whose resource it is: their own, a
 * colleague's, another organisation's. Each cell runs the real domain function on a resource
 * made for it, and checks the outcome: done, forbidden, or not found (what one may not read is
 * not revealed to exist). "—": the person cannot have such a resource (a visitor has no
 * comment of their own).
 */
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

type Outcome = 'ok' | 'forbidden' | 'not_found' | '—';
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
const WHOSE = ['own', 'colleague’s', 'other organisation’s'] as const;
type Whose = (typeof WHOSE)[number];
/** Outcomes per person, in the order of WHOSE. */
type Row = Record<Person, [Outcome, Outcome, Outcome]>;

async function setUp() {
  const db = database.db;
  const w = await coDevelopmentWorld(db);
  const as: Record<Person, Ctx> = {
    admin: w.as.admin,
    moderator: w.as.moderator,
    evaluator: w.as.evaluator,
    employee: w.as.colleague,
    participant: w.as.participant,
    visitor: w.as.visitor,
    other_org_admin: await ctxFor(db, w.org, w.elsewhere.admin),
  };
  // Another organisation's proposal and comment (its own admin writes them, there).
  const there = w.elsewhere.asAdmin;
  const { categories } = await getCall(there, w.elsewhere.call.id);
  const draft = await createProposal(there, w.elsewhere.call.id, {
    title: 'Altă primărie',
    problem: 'p',
    solution: 's',
    categoryId: categories[0]!.id,
    clientToken: uuidv7(),
  });
  const foreign = await transitionProposal(there, draft.id, 'submit');
  const foreignComment = await postComment(there, foreign.id, { body: 'Acolo' });
  const canAuthor = (p: Person) => ['admin', 'moderator', 'employee'].includes(p);
  const canComment = (p: Person) => ['admin', 'moderator', 'employee', 'evaluator'].includes(p);
  /** The proposal a cell acts on, or null where the person cannot have one. */
  const proposal = async (p: Person, whose: Whose) => {
    if (whose === 'other organisation’s') return foreign.id;
    if (whose === 'colleague’s') return w.proposal.id;
    return canAuthor(p) ? (await w.propose(as[p], `De la ${p}`)).id : null;
  };
  /** A fresh comment for a cell (reported by a colleague, for the moderators' actions). */
  const comment = async (p: Person, whose: Whose) => {
    if (whose === 'other organisation’s') return foreignComment.id;
    const by = whose === 'own' ? (canComment(p) ? as[p] : null) : w.as.third;
    if (!by) return null;
    const c = await postComment(by, w.proposal.id, { body: `De la ${p}` });
    const reporter = by === w.as.author ? w.as.third : w.as.author;
    await reportComment(reporter, c.id, { reason: 'De verificat' });
    return c.id;
  };
  return { w, as, proposal, comment };
}
type World = Awaited<ReturnType<typeof setUp>>;
type Act = (c: Ctx, id: string, w: World) => Promise<unknown>;

const members = (
  own: Outcome,
  colleagues: Outcome,
  evaluator: [Outcome, Outcome] = [own, colleagues],
): Row => ({
  admin: [own, colleagues, 'not_found'],
  moderator: [own, colleagues, 'not_found'],
  evaluator: [...evaluator, 'not_found'],
  employee: [own, colleagues, 'not_found'],
  participant: ['—', 'not_found', 'not_found'],
  visitor: ['—', 'not_found', 'not_found'],
  other_org_admin: ['—', 'not_found', 'not_found'],
});

const ON_PROPOSALS: Record<string, [Act, Row]> = {
  'comment on a proposal': [
    (c, id) => postComment(c, id, { body: 'Bună idee' }),
    members('ok', 'ok', ['—', 'ok']),
  ],
  support: [(c, id) => supportProposal(c, id), members('forbidden', 'ok', ['—', 'forbidden'])],
  'withdraw a support': [
    (c, id) => withdrawSupport(c, id),
    members('forbidden', 'ok', ['—', 'forbidden']),
  ],
  follow: [(c, id) => setFollowing(c, id, true), members('ok', 'ok', ['—', 'ok'])],
  unfollow: [(c, id) => setFollowing(c, id, false), members('ok', 'ok', ['—', 'ok'])],
};

const moderators = (own: Outcome): Row => ({
  ...members(own, 'forbidden', ['forbidden', 'forbidden']),
  admin: [own, 'ok', 'not_found'],
  moderator: [own, 'ok', 'not_found'],
  employee: ['forbidden', 'forbidden', 'not_found'],
});

const ON_COMMENTS: Record<string, [Act, Row]> = {
  'edit a comment': [(c, id) => editComment(c, id, { body: 'Altfel' }), members('ok', 'forbidden')],
  'delete a comment': [(c, id) => deleteComment(c, id), members('ok', 'forbidden')],
  'report a comment': [
    (c, id) => reportComment(c, id, { reason: 'Jignitor' }),
    members('forbidden', 'ok'),
  ],
  'hide a comment': [
    (c, id) => hideComment(c, id, { reason: 'Jignitor' }),
    moderators('forbidden'),
  ],
  'let a reported comment stand': [(c, id) => keepComment(c, id), moderators('forbidden')],
};

async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return 'ok';
  } catch (e) {
    if (e instanceof Forbidden) return 'forbidden';
    if (e instanceof NotFound) return 'not_found';
    if (e instanceof Conflict || e instanceof Invalid)
      throw new Error(`unexpected ${e.name}: ${e.key}`, { cause: e });
    throw e;
  }
}

describe('the co-development permission matrix', () => {
  const rows = [
    ...Object.entries(ON_PROPOSALS).map(([name, r]) => [name, 'proposal', ...r] as const),
    ...Object.entries(ON_COMMENTS).map(([name, r]) => [name, 'comment', ...r] as const),
  ];
  test.each(rows)('%s', async (_name, on, act, expected) => {
    const world = await setUp();
    const actual = {} as Row;
    for (const person of PEOPLE) {
      const cells: Outcome[] = [];
      for (const whose of WHOSE) {
        const id =
          on === 'proposal'
            ? await world.proposal(person, whose)
            : await world.comment(person, whose);
        cells.push(id === null ? '—' : await outcome(() => act(world.as[person], id, world)));
      }
      actual[person] = cells as Row[Person];
    }
    expect(actual).toEqual(expected);
  });

  test('the moderators’ queue', async () => {
    const { as } = await setUp();
    const got = Object.fromEntries(
      await Promise.all(PEOPLE.map(async (p) => [p, await outcome(() => reportedComments(as[p]))])),
    );
    expect(got).toEqual({
      admin: 'ok',
      moderator: 'ok',
      evaluator: 'forbidden',
      employee: 'forbidden',
      participant: 'forbidden',
      visitor: 'forbidden',
      other_org_admin: 'forbidden',
    });
  });
});
