import { afterAll, beforeAll, expect, test } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, openCallWorld } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { Conflict } from '../errors.ts';
import { getCall } from '../calls/service.ts';
import { createProposal } from '../proposals/commands.ts';
import { proposals } from '../proposals/schema.ts';
import { inviteCoAuthor } from './invite.ts';
import { respondToInvitation } from './respond.ts';
import { proposalInvitations } from './schema.ts';

/**
 * Every command that touches a draft's team locks the proposal row first, then the invitation
 * (manage.ts, invite.ts). An answer that took them the other way round would deadlock with an
 * author withdrawing the same invitation at the same moment. Only PostgreSQL has two sessions.
 */
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** Until a session other than this one waits for a row lock. */
async function untilSomeoneWaits() {
  for (let i = 0; i < 200; i++) {
    const waiting = (await database.db.execute(
      sql`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`,
    )) as unknown as { rows: { n: number }[] };
    if (waiting.rows[0]!.n > 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('nobody waited for a lock');
}

test('an answer and a withdrawal at once meet in order: the answer is told it was withdrawn', async () => {
  const { db } = database;
  const w = await openCallWorld(db);
  const asLead = await ctxFor(db, w.org, w.employee);
  const { categories } = await getCall(w.asAdmin, w.call.id);
  const draft = await createProposal(asLead, w.call.id, {
    title: 'Foaia de prezență electronică',
    categoryId: categories[0]!.id,
    problem: 'Foile de prezență se adună pe hârtie.',
    solution: 'O foaie electronică.',
    clientToken: uuidv7(),
  });
  const { invitation } = await inviteCoAuthor(asLead, draft.id, { email: w.colleague.email });

  let answer: Promise<unknown> | undefined;
  // The author's withdrawal, step by step, as withdrawInvitation takes it: proposal, invitation.
  await db.transaction(async (tx) => {
    await tx.select().from(proposals).where(eq(proposals.id, draft.id)).for('update');
    answer = respondToInvitation(
      await ctxFor(db, w.org, w.colleague),
      { invitationId: invitation.id },
      'accept',
    );
    answer.catch(() => {});
    await untilSomeoneWaits();
    await tx
      .select()
      .from(proposalInvitations)
      .where(eq(proposalInvitations.id, invitation.id))
      .for('update');
    await tx
      .update(proposalInvitations)
      .set({ state: 'withdrawn', respondedAt: new Date() })
      .where(eq(proposalInvitations.id, invitation.id));
  });
  await expect(answer).rejects.toThrow(Conflict);
  await expect(answer).rejects.toMatchObject({ key: 'coauthors.invitation.answered' });
});
