import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { Conflict, Invalid } from '../errors.ts';
import { notifications } from '../notifications/schema.ts';
import { outboxEmails } from '../mail/schema.ts';
import { auditLog } from '../audit/schema.ts';
import { transitionProposal } from '../proposals/commands.ts';
import { getProposal, mergedInto } from '../proposals/queries.ts';
import { addCoAuthors } from '../co-authors/add.ts';
import { inTransaction } from '../db/transaction.ts';
import { coDevelopmentWorld } from './testing.ts';
import { supportCount, supportProposal } from './supports.ts';
import { setFollowing } from './follows.ts';
import { proposalFollowers, proposalSupports } from './schema.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const kindsFor = async (userId: string) =>
  (
    await database.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.userId, userId))
  ).map((n) => n.kind);

describe('merging duplicates', () => {
  test('B into A: authors, supports (once), followers carried over; both told; audited', async () => {
    const w = await coDevelopmentWorld(database.db);
    const a = w.proposal; // by the author
    const b = await w.propose(w.as.colleague, 'Fluturași pe e-mail'); // by the colleague
    await supportProposal(w.as.third, a.id);
    await supportProposal(w.as.third, b.id); // supported both: counts once on A
    await supportProposal(w.as.admin, b.id);
    await supportProposal(w.as.author, b.id); // A's author supported B: keeps none on A
    await supportProposal(w.as.colleague, a.id); // B's author supported A: a co-author now
    await setFollowing(w.as.moderator2, b.id, true);
    await expect(
      transitionProposal(w.as.moderator, b.id, 'merge', { mergedIntoId: a.id }),
    ).rejects.toThrow(Invalid); // a reason is required
    const merged = await transitionProposal(w.as.moderator, b.id, 'merge', {
      mergedIntoId: a.id,
      mergeReason: 'Aceeași idee: fluturașul digital.',
    });
    expect([merged.state, merged.mergedIntoId]).toEqual(['merged', a.id]);
    const { proposal: after } = await getProposal(w.as.author, a.id);
    expect(after.coAuthorIds).toEqual([w.colleague.id]);
    const supporters = await database.db
      .select({ userId: proposalSupports.userId })
      .from(proposalSupports)
      .where(eq(proposalSupports.proposalId, a.id));
    expect(supporters.map((s) => s.userId).sort()).toEqual([w.third.id, w.admin.id].sort());
    expect(await supportCount(w.as.admin, a.id)).toBe(2);
    expect(await supportCount(w.as.admin, b.id)).toBe(0);
    const followers = await database.db
      .select({ userId: proposalFollowers.userId })
      .from(proposalFollowers)
      .where(eq(proposalFollowers.proposalId, a.id));
    expect(followers).toHaveLength(1);
    expect(await mergedInto(w.as.third, merged)).toEqual({ id: a.id, title: a.title });
    expect(await kindsFor(w.employee.id)).toContain('co-development.merged_in');
    expect(await kindsFor(w.colleague.id)).toContain('proposal.merge');
    const audit = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.resourceId, a.id));
    expect(audit.map((x) => x.action)).toEqual(
      expect.arrayContaining(['proposal.co_authors_add', 'proposal.merge_carry_over']),
    );
  });

  test('the duplicate’s followers hear it was merged, then follow the proposal it joined', async () => {
    const w = await coDevelopmentWorld(database.db);
    const b = await w.propose(w.as.colleague, 'Fluturași pe e-mail');
    await setFollowing(w.as.third, b.id, true);
    await transitionProposal(w.as.moderator, b.id, 'merge', {
      mergedIntoId: w.proposal.id,
      mergeReason: 'Aceeași idee: fluturașul digital.',
    });
    const told = await database.db
      .select({
        kind: notifications.kind,
        resourceId: notifications.resourceId,
        params: notifications.params,
      })
      .from(notifications)
      .where(eq(notifications.userId, w.third.id));
    // Told which proposal it joined, and led there (not to the merged one's page).
    expect(told).toEqual([
      {
        kind: 'co-development.followed_merged',
        resourceId: w.proposal.id,
        params: { title: b.title, into: w.proposal.title },
      },
    ]);
    const follows = await database.db
      .select({ proposalId: proposalFollowers.proposalId })
      .from(proposalFollowers)
      .where(eq(proposalFollowers.userId, w.third.id));
    expect(follows).toEqual([{ proposalId: w.proposal.id }]);
  });

  test('the duplicate’s authors read why it was merged, and into which proposal', async () => {
    const w = await coDevelopmentWorld(database.db);
    const b = await w.propose(w.as.colleague, 'Fluturași pe e-mail');
    await transitionProposal(w.as.moderator, b.id, 'merge', {
      mergedIntoId: w.proposal.id,
      mergeReason: 'Aceeași idee: fluturașul digital.',
    });
    const mails = await database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.to, w.colleague.email));
    const told = mails.find((m) => m.subject.includes('Fluturași pe e-mail'));
    expect(told?.text).toContain('Aceeași idee: fluturașul digital.');
    expect(told?.text).toContain(`„${w.proposal.title}”`);
  });

  test('two moderators merging the same duplicate: one wins, the other is told', async () => {
    const w = await coDevelopmentWorld(database.db);
    const b = await w.propose(w.as.colleague, 'Dublură');
    const c = await w.propose(w.as.third, 'Încă una');
    const results = await Promise.allSettled([
      transitionProposal(w.as.moderator, b.id, 'merge', {
        mergedIntoId: w.proposal.id,
        mergeReason: 'Aceeași idee.',
      }),
      transitionProposal(w.as.admin, b.id, 'merge', { mergedIntoId: c.id, mergeReason: 'La fel.' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(Conflict);
  });

  test('becoming a co-author by any road drops one’s support of the proposal', async () => {
    const w = await coDevelopmentWorld(database.db);
    await supportProposal(w.as.third, w.proposal.id);
    await inTransaction(w.as.author, (tx) => addCoAuthors(tx, w.proposal.id, [w.third.id]));
    expect(await supportCount(w.as.admin, w.proposal.id)).toBe(0);
    await expect(supportProposal(w.as.third, w.proposal.id)).rejects.toThrow();
  });
});
