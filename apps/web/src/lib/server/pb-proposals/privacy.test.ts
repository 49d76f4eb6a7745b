import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { ERASED_NAME } from '../accounts/personal-data.ts';
import { eraseAccount } from '../privacy/erase-account.ts';
import { createPbProposal, transitionPbProposal } from './commands.ts';
import { answerInvitation, inviteMember } from './members.ts';
import { getPbProposal } from './queries.ts';
import { pbProposalMembers } from './schema.ts';
import { groupDraft, proposalInput, proposalWorld } from './testing.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const membersOf = (proposalId: string) =>
  database.db
    .select({ userId: pbProposalMembers.userId, state: pbProposalMembers.state })
    .from(pbProposalMembers)
    .where(eq(pbProposalMembers.proposalId, proposalId));

describe('erasing an account', () => {
  test('their invitations and co-authorships of drafts go; a submitted co-authorship stays anonymised', async () => {
    const w = await proposalWorld(database.db);
    const { me, draft: submitted } = await groupDraft(w, 0);
    const draft = await createPbProposal(
      me,
      w.process.id,
      proposalInput(w.domains[1]!.id, { intent: 'draft' }),
    );
    const third = await createPbProposal(
      me,
      w.process.id,
      proposalInput(w.domains[2]!.id, { intent: 'draft' }),
    );
    const ana = await w.newCitizen();
    for (const p of [submitted, draft, third]) await inviteMember(me, p.id, { email: ana.email });
    const asAna = await w.as(ana);
    await answerInvitation(asAna, submitted.id, true);
    await answerInvitation(asAna, draft.id, true);
    await transitionPbProposal(me, submitted.id, 'submit');

    await eraseAccount(asAna, { confirm: 'on' });

    expect(await membersOf(draft.id)).toEqual([]);
    expect(await membersOf(third.id)).toEqual([]);
    expect(await membersOf(submitted.id)).toEqual([{ userId: ana.id, state: 'accepted' }]);
    const visitor = await getPbProposal(await w.as(null), submitted.id);
    expect(visitor.members.map((m) => m.name)).toEqual([ERASED_NAME]);
  });
});
