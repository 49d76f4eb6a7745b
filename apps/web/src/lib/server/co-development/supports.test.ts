import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { Conflict, Forbidden, NotFound } from '../errors.ts';
import { auditLog } from '../audit/schema.ts';
import { notifications } from '../notifications/schema.ts';
import { transitionProposal } from '../proposals/commands.ts';
import { coDevelopmentWorld } from './testing.ts';
import { supportCount, supportProposal, withdrawSupport } from './supports.ts';
import { setFollowing } from './follows.ts';
import { postComment } from './comments.ts';
import { coDevelopmentOf } from './page.ts';
import { proposalSupports } from './schema.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const world = () => coDevelopmentWorld(database.db);
const kindsFor = async (userId: string) =>
  (
    await database.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(notifications.createdAt)
  ).map((n) => n.kind);

describe('supports', () => {
  test('one per colleague, counted; a second click or tab changes nothing; withdrawn again', async () => {
    const w = await world();
    expect(await supportProposal(w.as.colleague, w.proposal.id)).toBe(1);
    expect(await supportProposal(w.as.colleague, w.proposal.id)).toBe(1);
    const [a, b] = await Promise.all([
      supportProposal(w.as.third, w.proposal.id),
      supportProposal(w.as.third, w.proposal.id),
    ]);
    expect([a, b]).toEqual([2, 2]);
    const page = await coDevelopmentOf(w.as.third, w.proposal, 1);
    expect(page.supports).toEqual({ count: 2, mine: true, may: true });
    expect(await withdrawSupport(w.as.third, w.proposal.id)).toBe(1);
    expect(await withdrawSupport(w.as.third, w.proposal.id)).toBe(1);
    const audit = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.resourceId, w.proposal.id), eq(auditLog.resourceType, 'proposal')))
      .orderBy(auditLog.seq);
    expect(audit.map((x) => x.action).filter((x) => x.includes('support'))).toEqual([
      'proposal.support',
      'proposal.support',
      'proposal.withdraw_support',
    ]);
  });

  test('never on one’s own proposal: refused by the rule and by the database', async () => {
    const w = await world();
    await expect(supportProposal(w.as.author, w.proposal.id)).rejects.toThrow(Forbidden);
    expect((await coDevelopmentOf(w.as.author, w.proposal, 1)).supports!.may).toBe(false);
    await expect(
      database.db.insert(proposalSupports).values({
        organisationId: w.org.id,
        proposalId: w.proposal.id,
        userId: w.employee.id,
      }),
    ).rejects.toThrow();
    expect(await supportCount(w.as.admin, w.proposal.id)).toBe(0);
  });

  test('not from outside, not on a draft, not once the proposal is closed', async () => {
    const w = await world();
    for (const who of ['visitor', 'otherOrgAdmin', 'participant'] as const) {
      await expect(supportProposal(w.as[who], w.proposal.id)).rejects.toThrow(NotFound);
    }
    await supportProposal(w.as.admin, w.proposal.id);
    await transitionProposal(w.as.author, w.proposal.id, 'withdraw');
    // A colleague no longer reads it; a moderator does, and is told it is closed.
    await expect(supportProposal(w.as.colleague, w.proposal.id)).rejects.toThrow(NotFound);
    await expect(supportProposal(w.as.moderator, w.proposal.id)).rejects.toThrow(Conflict);
  });

  test('a blind call’s evaluator neither supports nor follows', async () => {
    const w = await coDevelopmentWorld(database.db, { blind: true });
    await expect(supportProposal(w.as.evaluator, w.proposal.id)).rejects.toThrow(Forbidden);
    await expect(setFollowing(w.as.evaluator, w.proposal.id, true)).rejects.toThrow(Forbidden);
    expect(await coDevelopmentOf(w.as.evaluator, w.proposal, 1)).toEqual({
      thread: null,
      supports: null,
      following: null,
    });
  });
});

describe('followers', () => {
  test('hear of steps and comments, once, and never of what is for the authors only', async () => {
    const w = await world();
    await setFollowing(w.as.third, w.proposal.id, true);
    await setFollowing(w.as.third, w.proposal.id, true);
    await setFollowing(w.as.author, w.proposal.id, true); // an author who follows: told once
    await transitionProposal(w.as.moderator, w.proposal.id, 'request_clarification', {
      clarificationRequest: 'Câți angajați primesc fluturași?',
    });
    await transitionProposal(w.as.author, w.proposal.id, 'answer', {
      clarificationAnswer: 'Toți cei 1.050.',
    });
    await postComment(w.as.colleague, w.proposal.id, { body: 'Bună idee' });
    expect(await kindsFor(w.third.id)).toEqual([
      'co-development.followed_step',
      'co-development.followed_step',
      'co-development.comment',
    ]);
    expect(await kindsFor(w.employee.id)).toEqual([
      'proposal.request_clarification',
      'co-development.comment',
    ]);
    // Ineligible: the reason is the authors'; followers no longer read the proposal.
    await transitionProposal(w.as.moderator, w.proposal.id, 'mark_ineligible', {
      ineligibleReason: 'Finanțat deja.',
    });
    expect(await kindsFor(w.third.id)).toHaveLength(3);
  });

  test('unfollowing stops the notices', async () => {
    const w = await world();
    await setFollowing(w.as.third, w.proposal.id, true);
    await setFollowing(w.as.third, w.proposal.id, false);
    expect((await coDevelopmentOf(w.as.third, w.proposal, 1)).following).toEqual({
      now: false,
      may: true,
    });
    await postComment(w.as.colleague, w.proposal.id, { body: 'Bună idee' });
    expect(await kindsFor(w.third.id)).toEqual([]);
  });
});
