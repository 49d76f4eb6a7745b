import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { auditLog } from '../audit/schema.ts';
import { notifications } from '../notifications/schema.ts';
import { uuidv7 } from '../db/ids.ts';
import type { Ctx } from '../context.ts';
import badInput from '../testing/bad-input.json' with { type: 'json' };
import { transitionProposal } from '../proposals/commands.ts';
import { coDevelopmentWorld } from './testing.ts';
import { deleteComment, editComment, postComment } from './comments.ts';
import { hideComment, keepComment, reportComment } from './moderation.ts';
import { loadDiscussed } from './discussed.ts';
import { threadOf } from './thread.ts';
import { reportedComments } from './queue.ts';
import { commentReports, proposalComments } from './schema.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const world = () => coDevelopmentWorld(database.db);
const thread = async (ctx: Ctx, proposalId: string) =>
  threadOf(ctx, await loadDiscussed(ctx, proposalId));
const kindsFor = async (userId: string) =>
  (
    await database.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.userId, userId))
  ).map((n) => n.kind);
const auditOf = async (id: string) =>
  (
    await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.resourceType, 'comment'), eq(auditLog.resourceId, id)))
      .orderBy(auditLog.seq)
  ).map((a) => a.action);

describe('comments with one level of replies', () => {
  test('a colleague comments, the author replies; both shown in order; authors told', async () => {
    const w = await world();
    const c = await postComment(w.as.colleague, w.proposal.id, {
      body: 'Cum verificăm semnătura?',
    });
    const r = await postComment(w.as.author, w.proposal.id, {
      body: 'Cu certificatul primăriei.',
      parentId: c.id,
    });
    const seen = (await thread(w.as.third, w.proposal.id))!;
    expect(seen.total).toBe(1);
    expect(seen.comments[0]).toMatchObject({ id: c.id, body: 'Cum verificăm semnătura?' });
    expect(seen.comments[0]!.replies.map((x) => x.id)).toEqual([r.id]);
    expect(seen.comments[0]!.may).toMatchObject({ reply: true, edit: false, report: true });
    // The author heard of the comment; the commenter of the reply (once, as a reply).
    expect(await kindsFor(w.employee.id)).toEqual(['co-development.comment']);
    expect(await kindsFor(w.colleague.id)).toEqual(['co-development.reply']);
    expect(await auditOf(c.id)).toEqual(['comment.post']);
    expect(await auditOf(r.id)).toEqual(['comment.reply']);
  });

  test('a reply to a reply is refused, by the domain and by the database', async () => {
    const w = await world();
    const c = await postComment(w.as.colleague, w.proposal.id, { body: 'Întrebare' });
    const r = await postComment(w.as.author, w.proposal.id, { body: 'Răspuns', parentId: c.id });
    await expect(
      postComment(w.as.third, w.proposal.id, { body: 'Și eu', parentId: r.id }),
    ).rejects.toMatchObject({ fields: { parentId: 'comments.reply_to_reply' } });
    // Written past the domain, the row still cannot exist.
    await expect(
      database.db.insert(proposalComments).values({
        organisationId: w.org.id,
        proposalId: w.proposal.id,
        parentId: r.id,
        depth: 1,
        authorId: w.third.id,
        body: 'Și eu',
      }),
    ).rejects.toThrow();
    // Nor a reply whose parent is on another proposal.
    const other = await w.propose(w.as.colleague, 'Alta');
    await expect(
      postComment(w.as.third, other.id, { body: 'x', parentId: c.id }),
    ).rejects.toMatchObject({ fields: { parentId: 'comments.parent_unknown' } });
  });

  test('only its author edits or deletes a comment; deleted shows as such and keeps its replies', async () => {
    const w = await world();
    const c = await postComment(w.as.colleague, w.proposal.id, { body: 'Prima versiune' });
    await postComment(w.as.author, w.proposal.id, { body: 'Răspuns', parentId: c.id });
    await expect(editComment(w.as.third, c.id, { body: 'Furat' })).rejects.toThrow(Forbidden);
    await expect(deleteComment(w.as.author, c.id)).rejects.toThrow(Forbidden);
    await expect(editComment(w.as.otherOrgAdmin, c.id, { body: 'x' })).rejects.toThrow(NotFound);
    const edited = await editComment(w.as.colleague, c.id, { body: 'A doua versiune' });
    expect(edited.editedAt).not.toBeNull();
    await deleteComment(w.as.colleague, c.id);
    await deleteComment(w.as.colleague, c.id); // a second click: done already
    const [shown] = (await thread(w.as.third, w.proposal.id))!.comments;
    expect(shown).toMatchObject({ shown: 'deleted', body: null, authorName: '' });
    expect(shown!.replies).toHaveLength(1);
    expect(await auditOf(c.id)).toEqual(['comment.post', 'comment.edit', 'comment.delete']);
    // Nobody replies to a deleted comment.
    await expect(
      postComment(w.as.third, w.proposal.id, { body: 'x', parentId: c.id }),
    ).rejects.toThrow(Conflict);
  });

  test('reported, then hidden with a reason: others read the reason, the author also their text', async () => {
    const w = await world();
    const c = await postComment(w.as.colleague, w.proposal.id, { body: 'Un atac la persoană' });
    await expect(reportComment(w.as.colleague, c.id, { reason: 'x' })).rejects.toThrow(Forbidden);
    await reportComment(w.as.third, c.id, { reason: 'Jignitor' });
    await reportComment(w.as.third, c.id, { reason: 'Jignitor' }); // once per person
    const queue = await reportedComments(w.as.moderator);
    expect(queue.items.map((i) => [i.id, i.reports.length])).toEqual([[c.id, 1]]);
    await expect(reportedComments(w.as.third)).rejects.toThrow(Forbidden);
    await expect(hideComment(w.as.third, c.id, { reason: 'x' })).rejects.toThrow(Forbidden);
    await expect(hideComment(w.as.moderator, c.id, { reason: ' ' })).rejects.toThrow(Invalid);
    await hideComment(w.as.moderator, c.id, { reason: 'Atac la persoană' });
    // Two moderators at once: the second is told it is done.
    await expect(hideComment(w.as.moderator2, c.id, { reason: 'La fel' })).rejects.toThrow(
      Conflict,
    );
    const asOthers = (await thread(w.as.third, w.proposal.id))!.comments[0]!;
    expect(asOthers).toMatchObject({
      shown: 'hidden',
      body: null,
      hiddenReason: 'Atac la persoană',
    });
    const asAuthor = (await thread(w.as.colleague, w.proposal.id))!.comments[0]!;
    expect(asAuthor).toMatchObject({
      body: 'Un atac la persoană',
      hiddenReason: 'Atac la persoană',
    });
    expect(asAuthor.may.edit).toBe(false);
    expect((await reportedComments(w.as.moderator)).items).toEqual([]);
    expect(await kindsFor(w.colleague.id)).toContain('co-development.comment_hidden');
    expect(await kindsFor(w.moderator.id)).toContain('co-development.comment_reported');
    expect(await auditOf(c.id)).toEqual(['comment.post', 'comment.report', 'comment.hide']);
  });

  test('a moderator lets a reported comment stand; a second one is told it was dealt with', async () => {
    const w = await world();
    const c = await postComment(w.as.colleague, w.proposal.id, { body: 'Critică dură' });
    await reportComment(w.as.third, c.id, { reason: 'Nu-mi place' });
    await keepComment(w.as.moderator, c.id);
    await expect(keepComment(w.as.moderator2, c.id)).rejects.toThrow(Conflict);
    expect((await thread(w.as.third, w.proposal.id))!.comments[0]!.shown).toBe('visible');
  });

  test('a reported comment its author deletes leaves the queue: its open reports close as deleted', async () => {
    const w = await world();
    const c = await postComment(w.as.colleague, w.proposal.id, { body: 'Un atac la persoană' });
    const other = await postComment(w.as.author, w.proposal.id, { body: 'Tot jignitor' });
    await reportComment(w.as.third, c.id, { reason: 'Jignitor' });
    await reportComment(w.as.moderator, c.id, { reason: 'La fel' });
    await reportComment(w.as.third, other.id, { reason: 'Și acesta' });
    await deleteComment(w.as.colleague, c.id);
    const queue = await reportedComments(w.as.moderator);
    expect(queue.items.map((i) => i.id)).toEqual([other.id]);
    const reports = await database.db
      .select()
      .from(commentReports)
      .where(eq(commentReports.commentId, c.id));
    expect(reports.map((x) => [x.resolution, x.resolvedById, !!x.resolvedAt])).toEqual([
      ['deleted', w.colleague.id, true],
      ['deleted', w.colleague.id, true],
    ]);
    expect(await auditOf(c.id)).toEqual([
      'comment.post',
      'comment.report',
      'comment.report',
      'comment.delete',
    ]);
  });

  test('who may comment: members who read it, not on drafts, not once it is closed', async () => {
    const w = await world();
    for (const who of ['visitor', 'otherOrgAdmin'] as const) {
      await expect(postComment(w.as[who], w.proposal.id, { body: 'x' })).rejects.toThrow(NotFound);
    }
    // A participant does not read an internal call's proposals.
    await expect(postComment(w.as.participant, w.proposal.id, { body: 'x' })).rejects.toThrow(
      NotFound,
    );
    await postComment(w.as.admin, w.proposal.id, { body: 'Bună idee' });
    await transitionProposal(w.as.author, w.proposal.id, 'withdraw');
    await expect(postComment(w.as.author, w.proposal.id, { body: 'x' })).rejects.toThrow(Conflict);
  });

  test('a long thread pages its top-level comments, each with its replies', async () => {
    const w = await world();
    const first = await postComment(w.as.colleague, w.proposal.id, { body: 'Primul' });
    await postComment(w.as.author, w.proposal.id, { body: 'Răspuns', parentId: first.id });
    await database.db.execute(sql`
      insert into proposal_comments (id, organisation_id, proposal_id, author_id, body, created_at)
      select gen_random_uuid(), ${w.org.id}, ${w.proposal.id}, ${w.colleague.id}, 'Comentariul ' || g,
        now() + g * interval '1 second'
      from generate_series(1, 45) g`);
    const d = await loadDiscussed(w.as.third, w.proposal.id);
    const [p1, p3] = [await threadOf(w.as.third, d, 1), await threadOf(w.as.third, d, 3)];
    expect([p1!.total, p1!.pages, p1!.comments.length, p3!.comments.length]).toEqual([
      46, 3, 20, 6,
    ]);
    expect(p1!.comments[0]!.replies).toHaveLength(1);
    expect(p3!.comments.at(-1)!.body).toBe('Comentariul 45');
  });
});

describe('blind calls: the thread tells an evaluator nothing', () => {
  test('an evaluator of a blind call neither reads nor writes the conversation', async () => {
    const w = await coDevelopmentWorld(database.db, { blind: true });
    await postComment(w.as.colleague, w.proposal.id, { body: 'Bravo, Ștefan!' });
    expect(await thread(w.as.evaluator, w.proposal.id)).toBeNull();
    await expect(postComment(w.as.evaluator, w.proposal.id, { body: 'x' })).rejects.toThrow(
      Forbidden,
    );
    expect((await thread(w.as.third, w.proposal.id))!.comments).toHaveLength(1);
  });
});

describe('bad input on the comment form', () => {
  // One proposal takes every case: each comment stands alone.
  let shared: ReturnType<typeof coDevelopmentWorld> | undefined;
  const world = () => (shared ??= coDevelopmentWorld(database.db));
  const cases: [string, unknown][] = [
    ...badInput.empty.map((s) => [`empty ${JSON.stringify(s)}`, s] as [string, unknown]),
    ...badInput.too_long.lengths.map(
      (n) => [`${n} characters`, 'a'.repeat(n)] as [string, unknown],
    ),
    ...badInput.control_chars.map((s) => [`control ${JSON.stringify(s)}`, s] as [string, unknown]),
    ['a number', 42],
    ['an array', ['a', 'b']],
    ['nothing', undefined],
  ];
  test.each(cases)('%s: a clear message on the field, or kept exactly', async (_name, body) => {
    const w = await world();
    try {
      const c = await postComment(w.as.colleague, w.proposal.id, { body });
      expect(typeof body).toBe('string');
      expect(c.body).toBe((body as string).replace(/\r\n?/g, '\n').trim());
    } catch (e) {
      expect(e).toBeInstanceOf(Invalid);
      expect(Object.keys((e as Invalid).fields)).toEqual(['body']);
    }
  });

  test.each([
    ...badInput.valid_but_awkward_text,
    ...badInput.script_injection,
    ...badInput.sql_like,
  ])('awkward, markup or SQL-looking text is stored exactly: %j', async (body) => {
    const w = await world();
    const c = await postComment(w.as.colleague, w.proposal.id, { body });
    const [row] = await database.db
      .select()
      .from(proposalComments)
      .where(eq(proposalComments.id, c.id));
    expect(row!.body).toBe(body.trim());
  });

  test('a forged parent or proposal id is refused, never a 500', async () => {
    const w = await world();
    for (const parentId of ['nope', uuidv7(), 42]) {
      await expect(
        postComment(w.as.colleague, w.proposal.id, { body: 'x', parentId }),
      ).rejects.toThrow(Invalid);
    }
    for (const id of ['nope', uuidv7(), "' OR '1'='1"]) {
      await expect(postComment(w.as.colleague, id, { body: 'x' })).rejects.toThrow(NotFound);
    }
  });
});
