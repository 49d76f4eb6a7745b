import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { callInput, ctxFor, makeUser, openCallWorld } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import type { Ctx } from '../context.ts';
import { uuidv7 } from '../db/ids.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { auditLog } from '../audit/schema.ts';
import { notifications } from '../notifications/schema.ts';
import { createCall, getCall, transitionCall } from '../calls/service.ts';
import { transitionsFor } from '../lifecycle/transition.ts';
import { createProposal, transitionProposal, updateProposal } from './commands.ts';
import { getProposal, listProposals } from './queries.ts';
import { proposalMachine, type ProposalTransition } from './lifecycle.ts';
import { announcementFor } from './announce.ts';
import type { ProposalState } from './states.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** An organisation with every role, and an administrator of another organisation. */
async function world() {
  const db = database.db;
  const w = await openCallWorld(db);
  const { categories } = await getCall(w.asAdmin, w.call.id);
  const moderator = await makeUser(db, w.org, ['moderator', 'employee']);
  const secondModerator = await makeUser(db, w.org, ['moderator']);
  const evaluator = await makeUser(db, w.org, ['evaluator']);
  const elsewhere = await openCallWorld(db);
  const as = {
    author: await ctxFor(db, w.org, w.employee),
    colleague: await ctxFor(db, w.org, w.colleague),
    moderator: await ctxFor(db, w.org, moderator),
    secondModerator: await ctxFor(db, w.org, secondModerator),
    admin: w.asAdmin,
    evaluator: await ctxFor(db, w.org, evaluator),
    participant: await ctxFor(db, w.org, w.participant),
    visitor: await ctxFor(db, w.org, null),
    // Another organisation's administrator: on our host (no membership here) and on their own.
    otherAdminHere: await ctxFor(db, w.org, elsewhere.admin),
    otherAdminThere: elsewhere.asAdmin,
  };
  const fields = {
    title: 'Fluturașul de salariu digital',
    problem: 'Tipărim lunar 1.050 de fluturași.',
    solution: 'Îi trimitem pe e-mail, ca PDF protejat.',
    categoryId: categories[0]!.id,
  };
  const draft = (by: Ctx = as.author) =>
    createProposal(by, w.call.id, { ...fields, clientToken: uuidv7() });
  return { ...w, as, fields, draft, moderator };
}
type World = Awaited<ReturnType<typeof world>>;
type Who = keyof World['as'];

/** The steps (and who takes them) that bring a new draft into a state. */
const PATHS: Record<string, [ProposalTransition, Who][]> = {
  draft: [],
  submitted: [['submit', 'author']],
  clarification_requested: [
    ['submit', 'author'],
    ['request_clarification', 'moderator'],
  ],
  eligible: [
    ['submit', 'author'],
    ['mark_eligible', 'moderator'],
  ],
  in_evaluation: [
    ['submit', 'author'],
    ['mark_eligible', 'moderator'],
    ['start_evaluation', 'admin'],
  ],
  shortlisted: [
    ['submit', 'author'],
    ['mark_eligible', 'moderator'],
    ['start_evaluation', 'admin'],
    ['shortlist', 'admin'],
  ],
};

/** What each step needs besides permission: its reason, or the proposal it merges into. */
async function inputFor(w: World, name: ProposalTransition) {
  switch (name) {
    case 'answer':
      return { clarificationAnswer: 'Da, și pentru pensionari.' };
    case 'request_clarification':
      return { clarificationRequest: 'Se aplică și pensionarilor?' };
    case 'mark_ineligible':
      return { ineligibleReason: 'Este deja finanțată prin PNRR.' };
    case 'select':
    case 'not_select':
      return { decisionJustification: 'Punctaj și fezabilitate.' };
    case 'merge': {
      const target = await reach(w, 'submitted');
      return { mergedIntoId: target.id, mergeReason: 'Aceeași idee.' };
    }
    default:
      return {};
  }
}

async function reach(w: World, state: string) {
  const p = await w.draft();
  for (const [name, who] of PATHS[state]!) {
    await transitionProposal(w.as[who], p.id, name, await inputFor(w, name));
  }
  return p;
}

/**
 * The permission matrix: every step × every role, from the state the step leaves. "ok" names
 * who may take it; a person who may read the proposal is refused (403); one who may not even
 * read it learns nothing (404).
 */
const MATRIX: [ProposalTransition, string, Who[]][] = [
  ['submit', 'draft', ['author']],
  ['answer', 'clarification_requested', ['author']],
  ['request_clarification', 'submitted', ['moderator', 'secondModerator', 'admin']],
  ['mark_eligible', 'submitted', ['moderator', 'admin']],
  ['mark_ineligible', 'clarification_requested', ['moderator', 'admin']],
  ['merge', 'eligible', ['moderator', 'admin']],
  ['start_evaluation', 'eligible', ['admin']],
  ['shortlist', 'in_evaluation', ['admin']],
  ['select', 'shortlisted', ['admin']],
  ['not_select', 'in_evaluation', ['admin']],
  ['withdraw', 'submitted', ['author']],
];
const EVERYONE: Who[] = [
  'author',
  'colleague',
  'moderator',
  'admin',
  'evaluator',
  'participant',
  'visitor',
  'otherAdminHere',
  'otherAdminThere',
];
/** Those who cannot read an internal call's proposals at all. */
const OUTSIDERS: Who[] = ['participant', 'visitor', 'otherAdminHere', 'otherAdminThere'];

describe.each(MATRIX)('%s (from %s)', (name, from, allowed) => {
  test.each(EVERYONE)('as %s', async (who) => {
    const w = await world();
    const p = await reach(w, from);
    const input = await inputFor(w, name);
    const attempt = transitionProposal(w.as[who], p.id, name, input);
    if (allowed.includes(who)) {
      const to = proposalMachine.transitions[name].to;
      expect((await attempt).state).toBe(to);
      const [entry] = await database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.resourceId, p.id), eq(auditLog.action, `proposal.${name}`)));
      expect(entry?.actorId).toBe(w.as[who].actor!.userId);
      expect((entry?.after as { state: string }).state).toBe(to);
    } else {
      const hidden = OUTSIDERS.includes(who) || from === 'draft';
      await expect(attempt).rejects.toThrow(hidden ? NotFound : Forbidden);
      const { proposal } = await getProposal(w.as.author, p.id);
      expect(proposal.state).toBe(from);
    }
  });
});

describe('the formal check', () => {
  test('a moderator may not check their own proposal, an admin may not decide on their own', async () => {
    const w = await world();
    const own = await w.draft(w.as.moderator);
    await transitionProposal(w.as.moderator, own.id, 'submit');
    await expect(transitionProposal(w.as.moderator, own.id, 'mark_eligible')).rejects.toThrow(
      Forbidden,
    );
    const admins = await w.draft(w.as.admin);
    await transitionProposal(w.as.admin, admins.id, 'submit');
    await transitionProposal(w.as.moderator, admins.id, 'mark_eligible');
    await expect(transitionProposal(w.as.admin, admins.id, 'start_evaluation')).rejects.toThrow(
      Forbidden,
    );
  });

  test('ineligible needs a reason, which its authors read; colleagues no longer see it', async () => {
    const w = await world();
    const p = await reach(w, 'submitted');
    for (const ineligibleReason of [undefined, '', '   ', 'x'.repeat(5001)]) {
      await expect(
        transitionProposal(w.as.moderator, p.id, 'mark_ineligible', { ineligibleReason }),
      ).rejects.toThrow(Invalid);
    }
    await transitionProposal(w.as.moderator, p.id, 'mark_ineligible', {
      ineligibleReason: 'Nu ține de competența primăriei.',
    });
    const seen = await getProposal(w.as.author, p.id);
    expect([seen.proposal.state, seen.proposal.ineligibleReason]).toEqual([
      'ineligible',
      'Nu ține de competența primăriei.',
    ]);
    expect(announcementFor(seen, seen, 'mark_ineligible')?.recipients).toEqual([w.employee.id]);
    // The author is told (in the step's transaction); their own steps tell nobody.
    const told = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.resourceId, p.id));
    expect(told.map((n) => [n.userId, n.kind, n.href])).toEqual([
      [w.employee.id, 'proposal.mark_ineligible', `/proposals/${p.id}`],
    ]);
    await expect(getProposal(w.as.colleague, p.id)).rejects.toThrow(NotFound);
    expect((await getProposal(w.as.moderator, p.id)).proposal.ineligibleReason).toBeTruthy();
    const listed = await listProposals(w.as.colleague, w.call.id, { page: 1 });
    expect(listed.proposals.map((x) => x.id)).not.toContain(p.id);
  });

  test('clarification: asked, the text edited and answered after the call closed, then eligible', async () => {
    const w = await world();
    const p = await reach(w, 'clarification_requested');
    await transitionCall(w.asAdmin, w.call.id, 'close');
    // Only the author may answer, and an answer needs words.
    await expect(
      transitionProposal(w.as.author, p.id, 'answer', { clarificationAnswer: ' ' }),
    ).rejects.toThrow(Invalid);
    await updateProposal(w.as.author, p.id, { ...w.fields, solution: 'Și pentru pensionari.' });
    const answered = await transitionProposal(w.as.author, p.id, 'answer', {
      clarificationAnswer: 'Am extins soluția.',
    });
    expect([answered.state, answered.solution, answered.clarificationAnswer]).toEqual([
      'submitted',
      'Și pentru pensionari.',
      'Am extins soluția.',
    ]);
    // Once answered, the text is frozen again.
    await expect(updateProposal(w.as.author, p.id, w.fields)).rejects.toThrow(Conflict);
    const eligible = await transitionProposal(w.as.moderator, p.id, 'mark_eligible', {
      reviewNote: 'Clar acum.',
    });
    expect([eligible.state, eligible.reviewNote]).toEqual(['eligible', 'Clar acum.']);
    expect(eligible.reviewedAt).toBeInstanceOf(Date);
  });

  test('two moderators deciding at once: one wins, the other gets a clear conflict', async () => {
    const w = await world();
    const p = await reach(w, 'submitted');
    const results = await Promise.allSettled([
      transitionProposal(w.as.moderator, p.id, 'mark_eligible'),
      transitionProposal(w.as.secondModerator, p.id, 'mark_ineligible', {
        ineligibleReason: 'Dublură.',
      }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(Conflict);
    expect((lost[0] as PromiseRejectedResult).reason.key).toBe('errors.state_changed');
    const entries = await database.db.select().from(auditLog).where(eq(auditLog.resourceId, p.id));
    expect(entries.filter((e) => /mark_(in)?eligible/.test(e.action))).toHaveLength(1);
  });

  test('a duplicate merges only into another live proposal of the same call', async () => {
    const w = await world();
    const a = await reach(w, 'submitted');
    const b = await reach(w, 'submitted');
    const other = await createCall(w.asAdmin, callInput());
    await transitionCall(w.asAdmin, other.id, 'publish');
    const { categories } = await getCall(w.asAdmin, other.id);
    const elsewhere = await createProposal(w.as.author, other.id, {
      ...w.fields,
      categoryId: categories[0]!.id,
      clientToken: uuidv7(),
    });
    await transitionProposal(w.as.author, elsewhere.id, 'submit');
    const withdrawn = await reach(w, 'submitted');
    await transitionProposal(w.as.author, withdrawn.id, 'withdraw');
    for (const mergedIntoId of [b.id, elsewhere.id, withdrawn.id, uuidv7(), 'nope']) {
      await expect(
        transitionProposal(w.as.moderator, b.id, 'merge', { mergedIntoId, mergeReason: 'Dublură' }),
      ).rejects.toThrow(Invalid);
    }
    const merged = await transitionProposal(w.as.moderator, b.id, 'merge', {
      mergedIntoId: a.id,
      mergeReason: 'Aceeași idee.',
    });
    expect([merged.state, merged.mergedIntoId]).toEqual(['merged', a.id]);
    // Still readable (its page says where it went), no longer listed.
    expect((await getProposal(w.as.colleague, b.id)).proposal.mergedIntoId).toBe(a.id);
    const listed = await listProposals(w.as.colleague, w.call.id, { page: 1 });
    expect(listed.proposals.map((x) => x.id)).toEqual([a.id]);
  });
});

describe('the decision', () => {
  test('selected and not selected need a justification; the path ends there', async () => {
    const w = await world();
    const p = await reach(w, 'shortlisted');
    await expect(
      transitionProposal(w.as.admin, p.id, 'select', { decisionJustification: '' }),
    ).rejects.toThrow(Invalid);
    const selected = await transitionProposal(w.as.admin, p.id, 'select', {
      decisionJustification: 'Cel mai bun raport cost-beneficiu.',
    });
    expect([selected.state, selected.decidedAt instanceof Date]).toEqual(['selected', true]);
    expect(
      transitionsFor(proposalMachine, w.as.admin.actor, { proposal: selected, call: w.call }),
    ).toEqual([]);
    await expect(transitionProposal(w.as.author, p.id, 'withdraw')).rejects.toThrow(Conflict);
    // Colleagues see the outcome and its justification.
    expect((await getProposal(w.as.colleague, p.id)).proposal.decisionJustification).toBe(
      'Cel mai bun raport cost-beneficiu.',
    );
  });

  test('the buttons a page shows are the steps each person may take', async () => {
    const w = await world();
    const p = await reach(w, 'submitted');
    const { proposal, call } = await getProposal(w.as.author, p.id);
    const buttons = (who: Who) =>
      transitionsFor(proposalMachine, w.as[who].actor, { proposal, call });
    expect(buttons('author')).toEqual(['withdraw']);
    expect(buttons('moderator')).toEqual([
      'request_clarification',
      'mark_eligible',
      'mark_ineligible',
      'merge',
    ]);
    expect(buttons('colleague')).toEqual([]);
    expect(buttons('evaluator')).toEqual([]);
  });

  test('every state the lifecycle reaches is one the database accepts', async () => {
    const w = await world();
    const reached = new Set<ProposalState>();
    for (const state of Object.keys(PATHS)) {
      const p = await reach(w, state);
      reached.add((await getProposal(w.as.author, p.id)).proposal.state);
    }
    expect([...reached].sort()).toEqual(Object.keys(PATHS).sort());
  });
});
