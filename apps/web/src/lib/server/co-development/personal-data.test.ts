import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, or } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { exportPersonalData } from '../privacy/export-personal-data.ts';
import { eraseAccount } from '../privacy/erase-account.ts';
import { coDevelopmentWorld } from './testing.ts';
import { postComment } from './comments.ts';
import { reportComment } from './moderation.ts';
import { supportProposal } from './supports.ts';
import { setFollowing } from './follows.ts';
import { loadDiscussed } from './discussed.ts';
import { threadOf } from './thread.ts';
import { commentReports, proposalComments, proposalFollowers, proposalSupports } from './schema.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** `third` comments, is answered, reports a comment and is reported, supports and follows. */
async function active() {
  const w = await coDevelopmentWorld(database.db);
  const theirs = await postComment(w.as.third, w.proposal.id, {
    body: 'Eu, Ioana din contabilitate, am încercat asta în 2024.',
  });
  const reply = await postComment(w.as.colleague, w.proposal.id, {
    body: 'Mulțumesc, Ioana!',
    parentId: theirs.id,
  });
  await reportComment(w.as.third, reply.id, { reason: 'Îmi folosește numele.' });
  await reportComment(w.as.colleague, theirs.id, { reason: 'Date personale.' });
  await supportProposal(w.as.third, w.proposal.id);
  await setFollowing(w.as.third, w.proposal.id, true);
  return { ...w, theirs, reply };
}

describe('co-development and personal data', () => {
  test('the export holds their comments, reports, supports and follows', async () => {
    const w = await active();
    const data = (await exportPersonalData(w.as.third)) as unknown as Record<string, unknown[]>;
    expect(data.comments).toEqual([
      expect.objectContaining({
        id: w.theirs.id,
        body: 'Eu, Ioana din contabilitate, am încercat asta în 2024.',
        proposal: { id: w.proposal.id, title: w.proposal.title },
      }),
    ]);
    expect(data.commentReports).toEqual([
      expect.objectContaining({ commentId: w.reply.id, reason: 'Îmi folosește numele.' }),
    ]);
    for (const part of [data.supports, data.follows]) {
      expect(part).toEqual([
        expect.objectContaining({ proposal: expect.objectContaining({ id: w.proposal.id }) }),
      ]);
    }
    // Others' words are not theirs to take: neither the reply nor the report about them.
    const text = JSON.stringify(data);
    expect(text).not.toContain('Mulțumesc, Ioana!');
    expect(text).not.toContain('Date personale.');
  });

  test('erasure empties their comments in place, closes reports on them, drops the rest', async () => {
    const w = await active();
    await eraseAccount(w.as.third, { confirm: 'on' });
    const db = database.db;
    const [comment] = await db
      .select()
      .from(proposalComments)
      .where(eq(proposalComments.id, w.theirs.id));
    expect([comment!.body, comment!.deletedAt]).toEqual(['', expect.any(Date)]);
    const onTheirs = await db
      .select()
      .from(commentReports)
      .where(
        or(eq(commentReports.reporterId, w.third.id), eq(commentReports.commentId, w.theirs.id)),
      );
    expect(onTheirs.map((r) => [r.reporterId, r.resolution])).toEqual([
      [w.colleague.id, 'deleted'],
    ]);
    expect(
      await db.select().from(proposalSupports).where(eq(proposalSupports.userId, w.third.id)),
    ).toEqual([]);
    expect(
      await db.select().from(proposalFollowers).where(eq(proposalFollowers.userId, w.third.id)),
    ).toEqual([]);
    // The colleague's reply still reads under a nameless "comment deleted".
    const thread = await threadOf(
      w.as.colleague,
      await loadDiscussed(w.as.colleague, w.proposal.id),
    );
    expect(
      thread!.comments.map((c) => [c.shown, c.authorName, c.body, c.replies.map((r) => r.body)]),
    ).toEqual([['deleted', '', null, ['Mulțumesc, Ioana!']]]);
  });
});
