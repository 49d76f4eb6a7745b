import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { NotFound } from '../errors.ts';
import { createPbProposal, transitionPbProposal } from './commands.ts';
import { answerInvitation, inviteMember } from './members.ts';
import { getPbProposal } from './queries.ts';
import { groupDraft, proposalInput, proposalWorld } from './testing.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('what the public reads of a proposal', () => {
  test('an invitee is named only once they accept; the author sees whom they invited', async () => {
    const w = await proposalWorld(database.db);
    const { me, draft } = await groupDraft(w);
    const [ana, ben] = [await w.newCitizen(), await w.newCitizen()];
    for (const u of [ana, ben]) await inviteMember(me, draft.id, { email: u.email });
    await answerInvitation(await w.as(ana), draft.id, true);
    await transitionPbProposal(me, draft.id, 'submit');

    const visitor = await getPbProposal(await w.as(null), draft.id);
    expect(visitor.members.map((m) => [m.name, m.state])).toEqual([[ana.name, 'accepted']]);
    const neighbour = await getPbProposal(await w.as(await w.newCitizen()), draft.id);
    expect(neighbour.members.map((m) => m.name)).toEqual([ana.name]);
    const author = await getPbProposal(me, draft.id);
    expect(author.members.map((m) => [m.name, m.state])).toEqual([
      [ana.name, 'accepted'],
      [ben.name, 'invited'],
    ]);
  });

  test('a withdrawn proposal is gone for visitors; its authors and those who run the process still read it', async () => {
    const w = await proposalWorld(database.db);
    const me = await w.as(w.citizen);
    const p = await createPbProposal(me, w.process.id, proposalInput(w.domains[0]!.id));
    expect((await getPbProposal(await w.as(null), p.id)).proposal.title).toBe(p.title);
    await transitionPbProposal(me, p.id, 'withdraw');

    await expect(getPbProposal(await w.as(null), p.id)).rejects.toThrow(NotFound);
    await expect(getPbProposal(await w.as(await w.newCitizen()), p.id)).rejects.toThrow(NotFound);
    expect((await getPbProposal(me, p.id)).proposal.state).toBe('withdrawn');
    expect((await getPbProposal(await w.as(w.moderator), p.id)).proposal.state).toBe('withdrawn');
  });
});

describe('withdrawing', () => {
  test('a group’s draft, never submitted, can be withdrawn by its author', async () => {
    const w = await proposalWorld(database.db);
    const { me, draft } = await groupDraft(w);
    await transitionPbProposal(me, draft.id, 'withdraw');
    expect((await getPbProposal(me, draft.id)).proposal.state).toBe('withdrawn');
  });
});
