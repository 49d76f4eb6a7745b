import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import {
  callInput,
  ctxFor,
  makeOrganisation,
  makeUser,
  openCallWorld,
} from '../testing/factories.ts';
import badInput from '../testing/bad-input.json' with { type: 'json' };
import type { Database } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { users } from '../accounts/schema.ts';
import { outboxEmails } from '../mail/schema.ts';
import { auditLog } from '../audit/schema.ts';
import { notifications } from '../notifications/schema.ts';
import { createCall, getCall, transitionCall } from '../calls/service.ts';
import { createProposal, transitionProposal, updateProposal } from '../proposals/commands.ts';
import { getProposal, myProposals } from '../proposals/queries.ts';
import { proposals } from '../proposals/schema.ts';
import { exportPersonalData } from '../privacy/export-personal-data.ts';
import { eraseAccount } from '../privacy/erase-account.ts';
import { inviteCoAuthor } from './invite.ts';
import { respondToInvitation } from './respond.ts';
import { removeCoAuthor, withdrawInvitation } from './manage.ts';
import { addCoAuthors } from './add.ts';
import { coAuthorPanel } from './queries.ts';
import { proposalCoAuthors, proposalInvitations } from './schema.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const db = () => database.db;

/** An open call (teams of up to `maxTeamSize`), its lead author's draft and colleagues. */
async function team(overrides: Record<string, unknown> = {}) {
  const w = await openCallWorld(db());
  let callId = w.call.id;
  if (Object.keys(overrides).length) {
    const draft = await createCall(w.asAdmin, callInput(overrides));
    callId = (await transitionCall(w.asAdmin, draft.id, 'publish')).id;
  }
  const call = await getCall(w.asAdmin, callId);
  const as = (u: Parameters<typeof ctxFor>[2]) => ctxFor(db(), w.org, u);
  const asLead = await as(w.employee);
  const draft = await createProposal(asLead, call.id, {
    title: 'Foaia de prezență electronică',
    categoryId: call.categories[0]!.id,
    problem: 'Foile de prezență se adună pe hârtie.',
    solution: 'O foaie electronică semnată de șeful de serviciu.',
    clientToken: uuidv7(),
  });
  const colleagues = await Promise.all(
    [1, 2, 3, 4].map((i) => makeUser(db(), w.org, ['employee'], { name: `Coleg ${i} Mureșan` })),
  );
  return { ...w, call, draft, asLead, as, colleagues };
}

/** The token in the invitation mail to this address (the link's `token=`). */
async function mailedToken(to: string) {
  const mails = await db()
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.to, to))
    .orderBy(outboxEmails.createdAt);
  const mail = mails.find((m) => m.text.includes('token='));
  const token = mail && /[?&]token=([\w-]+)/.exec(mail.text)?.[1];
  expect(token, 'the mail carries a one-time link').toBeTruthy();
  return { mail: mail!, token: token! };
}

const reload = async (id: string) =>
  (await db().select().from(proposals).where(eq(proposals.id, id)))[0]!;

describe('inviting and accepting', () => {
  test('an author invites by e-mail; the colleague accepts through the mailed link and co-authors', async () => {
    const t = await team();
    const invitee = t.colleagues[0]!;
    const { created } = await inviteCoAuthor(t.asLead, t.draft.id, {
      email: ` ${invitee.email.toUpperCase()} `,
    });
    expect(created).toBe(true);
    // The same invitation again (a resent form) sends nothing more.
    expect((await inviteCoAuthor(t.asLead, t.draft.id, { email: invitee.email })).created).toBe(
      false,
    );
    const { mail, token } = await mailedToken(invitee.email);
    expect(mail.text).toContain('https://innovato.example/invitations?token=');
    expect(mail.text).toContain('Foaia de prezență electronică');
    // What administrators read of the outbox has no token.
    expect(mail.redactedText).not.toContain(token);
    expect(mail.redactedText).toContain('[…]');
    const [stored] = await db()
      .select()
      .from(proposalInvitations)
      .where(eq(proposalInvitations.inviteeId, invitee.id));
    expect(stored!.tokenHash).not.toContain(token);

    // Someone else holding the link cannot use it: it names nobody else's invitation.
    const stranger = await t.as(t.colleagues[1]!);
    await expect(respondToInvitation(stranger, { token }, 'accept')).rejects.toThrow(NotFound);

    const asInvitee = await t.as(invitee);
    await respondToInvitation(asInvitee, { token }, 'accept');
    expect((await reload(t.draft.id)).coAuthorIds).toEqual([invitee.id]);
    // One-time: the link is spent.
    await expect(respondToInvitation(asInvitee, { token }, 'accept')).rejects.toThrow(
      expect.objectContaining({ key: 'coauthors.invitation.answered' }),
    );
    // The co-author reads and edits the draft, and finds it among their proposals.
    const asCoAuthor = await t.as(invitee);
    const { proposal } = await getProposal(asCoAuthor, t.draft.id);
    await updateProposal(asCoAuthor, t.draft.id, {
      title: proposal.title,
      categoryId: proposal.categoryId,
      problem: proposal.problem,
      solution: 'O foaie electronică, completată de amândoi coautorii.',
      version: proposal.version,
    });
    expect((await myProposals(asCoAuthor)).proposals.map((p) => p.id)).toContain(t.draft.id);
    // The lead author was told of the answer.
    const told = await db()
      .select()
      .from(notifications)
      .where(eq(notifications.userId, t.employee.id));
    expect(told.map((n) => n.kind)).toContain('co-authors.accepted');
    const panel = await coAuthorPanel(t.asLead, await getProposal(t.asLead, t.draft.id));
    expect(panel!.coAuthors.map((c) => c.name)).toEqual(['Coleg 1 Mureșan']);
  });

  test('co-authors are told of every step and answer a request for clarification', async () => {
    const t = await team();
    const invitee = t.colleagues[0]!;
    const { invitation } = await inviteCoAuthor(t.asLead, t.draft.id, { email: invitee.email });
    const asCoAuthor = await t.as(invitee);
    await respondToInvitation(asCoAuthor, { invitationId: invitation.id }, 'accept');
    // A co-author may submit the team's draft.
    await transitionProposal(asCoAuthor, t.draft.id, 'submit');
    const moderator = await makeUser(db(), t.org, ['moderator']);
    await transitionProposal(await t.as(moderator), t.draft.id, 'request_clarification', {
      clarificationRequest: 'Cine semnează foaia când șeful lipsește?',
    });
    for (const u of [t.employee, invitee]) {
      const kinds = (
        await db().select().from(notifications).where(eq(notifications.userId, u.id))
      ).map((n) => n.kind);
      expect(kinds, `notified: ${u.name}`).toContain('proposal.request_clarification');
    }
    const answered = await transitionProposal(asCoAuthor, t.draft.id, 'answer', {
      clarificationAnswer: 'Înlocuitorul desemnat prin dispoziție.',
    });
    expect(answered.state).toBe('submitted');
    // Withdrawing ends it for the whole team: the lead author's call, not a co-author's.
    await expect(transitionProposal(asCoAuthor, t.draft.id, 'withdraw')).rejects.toThrow(Forbidden);
  });

  test('declining, withdrawing an invitation, removing a co-author, leaving', async () => {
    const t = await team();
    const [a, b, c] = t.colleagues;
    await inviteCoAuthor(t.asLead, t.draft.id, { email: a!.email });
    await inviteCoAuthor(t.asLead, t.draft.id, { email: b!.email });
    const inviteC = await inviteCoAuthor(t.asLead, t.draft.id, { email: c!.email });
    await respondToInvitation(await t.as(a!), await mailedToken(a!.email), 'decline');
    expect((await reload(t.draft.id)).coAuthorIds).toEqual([]);
    // The lead withdraws C's invitation: C's link no longer works.
    await withdrawInvitation(t.asLead, t.draft.id, { invitationId: inviteC.invitation.id });
    await expect(
      respondToInvitation(await t.as(c!), await mailedToken(c!.email), 'accept'),
    ).rejects.toThrow(expect.objectContaining({ key: 'coauthors.invitation.answered' }));
    await respondToInvitation(await t.as(b!), await mailedToken(b!.email), 'accept');
    const d = t.colleagues[3]!;
    await inviteCoAuthor(await t.as(b!), t.draft.id, { email: d.email });
    await respondToInvitation(await t.as(d), await mailedToken(d.email), 'accept');
    expect((await reload(t.draft.id)).coAuthorIds).toEqual([b!.id, d.id]);
    // A co-author removes another; the other leaves; the lead is never removable.
    await removeCoAuthor(await t.as(b!), t.draft.id, { userId: d.id });
    await expect(removeCoAuthor(t.asLead, t.draft.id, { userId: t.employee.id })).rejects.toThrow(
      Invalid,
    );
    expect(await removeCoAuthor(await t.as(b!), t.draft.id, { userId: b!.id })).toEqual({
      left: true,
    });
    expect((await reload(t.draft.id)).coAuthorIds).toEqual([]);
    // Having left, the draft is theirs no more.
    await expect(getProposal(await t.as(b!), t.draft.id)).rejects.toThrow(NotFound);
  });
});

describe('the call’s team setting and size', () => {
  test('a full team refuses the invitation; the database refuses a co-author past the size', async () => {
    const t = await team({ maxTeamSize: '2' });
    const [a, b] = t.colleagues;
    await inviteCoAuthor(t.asLead, t.draft.id, { email: a!.email });
    await respondToInvitation(await t.as(a!), await mailedToken(a!.email), 'accept');
    await expect(inviteCoAuthor(t.asLead, t.draft.id, { email: b!.email })).rejects.toThrow(
      expect.objectContaining({
        fields: { email: { key: 'coauthors.team_full', params: { size: 2 } } },
      }),
    );
    // Whoever writes: the trigger counts the lead author and refuses a third by invitation.
    await expect(
      db().insert(proposalCoAuthors).values({
        organisationId: t.org.id,
        proposalId: t.draft.id,
        userId: b!.id,
        joinedVia: 'invitation',
      }),
    ).rejects.toThrow();
    // Nor is the lead author ever their own co-author, nor an outsider a co-author.
    const outsider = await makeUser(db(), await makeOrganisation(db()), ['employee']);
    for (const userId of [t.employee.id, outsider.id]) {
      await expect(
        db()
          .insert(proposalCoAuthors)
          .values({ organisationId: t.org.id, proposalId: t.draft.id, userId, joinedVia: 'merge' }),
      ).rejects.toThrow();
    }
    expect((await reload(t.draft.id)).coAuthorIds).toEqual([a!.id]);
  });

  test('an individual-only call takes no co-authors; a team-only call no proposal without one', async () => {
    const solo = await team({ allowsTeam: '', maxTeamSize: '' });
    await expect(
      inviteCoAuthor(solo.asLead, solo.draft.id, { email: solo.colleagues[0]!.email }),
    ).rejects.toThrow(expect.objectContaining({ fields: { email: 'coauthors.invite.no_teams' } }));
    const teams = await team({ allowsIndividual: '' });
    await expect(transitionProposal(teams.asLead, teams.draft.id, 'submit')).rejects.toThrow(
      expect.objectContaining({ key: 'coauthors.team_required' }),
    );
    // The database refuses it too, whoever writes.
    await expect(
      db()
        .update(proposals)
        .set({ state: 'submitted', submittedAt: new Date() })
        .where(eq(proposals.id, teams.draft.id)),
    ).rejects.toThrow();
    const a = teams.colleagues[0]!;
    await inviteCoAuthor(teams.asLead, teams.draft.id, { email: a.email });
    await respondToInvitation(await teams.as(a), await mailedToken(a.email), 'accept');
    expect((await transitionProposal(teams.asLead, teams.draft.id, 'submit')).state).toBe(
      'submitted',
    );
  });

  test('two colleagues accepting the last seat at once: one joins, the other is told the team is full', async () => {
    const t = await team({ maxTeamSize: '2' });
    const [a, b] = t.colleagues;
    await inviteCoAuthor(t.asLead, t.draft.id, { email: a!.email });
    await inviteCoAuthor(t.asLead, t.draft.id, { email: b!.email });
    const links = [await mailedToken(a!.email), await mailedToken(b!.email)];
    const results = await Promise.allSettled([
      respondToInvitation(await t.as(a!), { token: links[0]!.token }, 'accept'),
      respondToInvitation(await t.as(b!), { token: links[1]!.token }, 'accept'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(Conflict);
    expect(lost.reason.key).toBe('coauthors.team_full_plain');
    expect((await reload(t.draft.id)).coAuthorIds).toHaveLength(1);
  });
});

describe('an invitation that expired', () => {
  test('inviting the colleague again closes the expired one, audited, and sends a new link', async () => {
    const t = await team();
    const invitee = t.colleagues[0]!;
    const { invitation: first } = await inviteCoAuthor(t.asLead, t.draft.id, {
      email: invitee.email,
    });
    const later = { ...t.asLead, now: () => new Date(Date.now() + 15 * 86_400_000) };
    const { invitation: second, created } = await inviteCoAuthor(later, t.draft.id, {
      email: invitee.email,
    });
    expect([created, second.id === first.id]).toEqual([true, false]);
    const [closed] = await db()
      .select()
      .from(proposalInvitations)
      .where(eq(proposalInvitations.id, first.id));
    expect(closed!.state).toBe('withdrawn');
    const entries = await db()
      .select({ action: auditLog.action, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.resourceId, t.draft.id));
    expect(entries).toContainEqual({
      action: 'proposal.expire_co_author_invitation',
      before: { invitationId: first.id, state: 'pending' },
      after: { invitationId: first.id, state: 'withdrawn' },
    });
  });
});

describe('who may do what', () => {
  test('invite, manage and answer: own draft, someone else’s, another organisation’s', async () => {
    const t = await team();
    const other = await team();
    const [a, b] = t.colleagues;
    // Someone else's draft: not even found.
    await expect(inviteCoAuthor(await t.as(a!), t.draft.id, { email: b!.email })).rejects.toThrow(
      NotFound,
    );
    // Another organisation's draft, and a colleague of another organisation.
    await expect(inviteCoAuthor(t.asLead, other.draft.id, { email: b!.email })).rejects.toThrow(
      NotFound,
    );
    await expect(
      inviteCoAuthor(t.asLead, t.draft.id, { email: other.colleagues[0]!.email }),
    ).rejects.toThrow(
      expect.objectContaining({ fields: { email: 'coauthors.invite.not_colleague' } }),
    );
    // A participant (not in the internal call's audience) cannot be a co-author.
    await expect(
      inviteCoAuthor(t.asLead, t.draft.id, { email: t.participant.email }),
    ).rejects.toThrow(
      expect.objectContaining({ fields: { email: 'coauthors.invite.not_in_audience' } }),
    );
    await expect(inviteCoAuthor(t.asLead, t.draft.id, { email: t.employee.email })).rejects.toThrow(
      expect.objectContaining({ fields: { email: 'coauthors.invite.already_author' } }),
    );
    const { invitation } = await inviteCoAuthor(t.asLead, t.draft.id, { email: a!.email });
    // Only the invitee answers; someone else (or another organisation's session) finds nothing.
    await expect(
      respondToInvitation(await t.as(b!), { invitationId: invitation.id }, 'accept'),
    ).rejects.toThrow(NotFound);
    const foreign = await ctxFor(db(), other.org, other.employee);
    await expect(
      respondToInvitation(foreign, { invitationId: invitation.id }, 'accept'),
    ).rejects.toThrow(NotFound);
    // Only an author withdraws it or removes a co-author; the invitee cannot withdraw it.
    await expect(
      withdrawInvitation(await t.as(a!), t.draft.id, { invitationId: invitation.id }),
    ).rejects.toThrow(NotFound);
    await expect(
      withdrawInvitation(other.asLead, t.draft.id, { invitationId: invitation.id }),
    ).rejects.toThrow(NotFound);
    await respondToInvitation(await t.as(a!), { invitationId: invitation.id }, 'accept');
    await expect(removeCoAuthor(await t.as(b!), t.draft.id, { userId: a!.id })).rejects.toThrow(
      NotFound,
    );
    // Once submitted the team is fixed.
    await transitionProposal(t.asLead, t.draft.id, 'submit');
    await expect(removeCoAuthor(t.asLead, t.draft.id, { userId: a!.id })).rejects.toThrow(Conflict);
    await expect(inviteCoAuthor(t.asLead, t.draft.id, { email: b!.email })).rejects.toThrow(
      Conflict,
    );
  });

  test('a blind call’s evaluator sees no co-author, anywhere the proposal reaches them', async () => {
    const t = await team();
    const a = t.colleagues[0]!;
    await inviteCoAuthor(t.asLead, t.draft.id, { email: a.email });
    await respondToInvitation(await t.as(a), await mailedToken(a.email), 'accept');
    await transitionProposal(t.asLead, t.draft.id, 'submit');
    const evaluator = await makeUser(db(), t.org, ['evaluator']);
    const asEvaluator = await t.as(evaluator);
    const seen = await getProposal(asEvaluator, t.draft.id);
    expect(seen.proposal.coAuthorIds).toEqual([]);
    expect(seen.proposal.authorName).toBe('');
    expect(await coAuthorPanel(asEvaluator, seen)).toBeNull();
    // A moderator sees them.
    const moderator = await makeUser(db(), t.org, ['moderator']);
    const asModerator = await t.as(moderator);
    const panel = await coAuthorPanel(asModerator, await getProposal(asModerator, t.draft.id));
    expect(panel!.coAuthors.map((c) => c.userId)).toEqual([a.id]);
  });
});

describe('bad input on the invitation form', () => {
  test('every bad address gets a message on the field, and nothing is written', async () => {
    const t = await team();
    const refused = async (email: unknown, message?: string) => {
      const e = await inviteCoAuthor(t.asLead, t.draft.id, { email }).catch((x: unknown) => x);
      expect(e, String(email)).toBeInstanceOf(Invalid);
      const m = (e as Invalid).fields.email;
      if (message) expect(typeof m === 'string' ? m : m?.key).toBe(message);
    };
    const wellFormed = ['A@PRIMARIACLUJNAPOCA.RO', 'a+tag@example.org'];
    for (const v of badInput.emails)
      await refused(v, wellFormed.includes(v) ? 'coauthors.invite.not_colleague' : undefined);
    await refused('', 'form.required');
    for (const v of badInput.empty) await refused(v);
    for (const v of [...badInput.script_injection, ...badInput.sql_like, ...badInput.control_chars])
      await refused(v);
    for (const v of [...badInput.valid_but_awkward_text, ...badInput.numbers]) await refused(v);
    for (const n of badInput.too_long.lengths)
      await refused(`${'a'.repeat(n)}@primariaclujnapoca.ro`);
    for (const v of [undefined, null, 42, ['a@b.ro'], { email: 'a@b.ro' }]) await refused(v);
    const rows = await db()
      .select()
      .from(proposalInvitations)
      .where(eq(proposalInvitations.proposalId, t.draft.id));
    expect(rows).toHaveLength(0);
    // Ids that are not invitations' ids: not found, never a crash.
    for (const id of badInput.ids) {
      await expect(respondToInvitation(t.asLead, { invitationId: id }, 'accept')).rejects.toThrow(
        NotFound,
      );
      await expect(withdrawInvitation(t.asLead, t.draft.id, { invitationId: id })).rejects.toThrow(
        /^errors\.(invalid|not_found)$/,
      );
    }
    await expect(respondToInvitation(t.asLead, { token: "' OR '1'='1" }, 'accept')).rejects.toThrow(
      NotFound,
    );
    await expect(respondToInvitation(t.asLead, { token: 'x' }, 'maybe')).rejects.toThrow(NotFound);
  });
});

describe('merging duplicates and personal data', () => {
  test('addCoAuthors brings a merged proposal’s authors along, past the team size, skipping who it must', async () => {
    const t = await team({ maxTeamSize: '2' });
    const outsider = await makeUser(db(), await makeOrganisation(db()), ['employee']);
    const [a, b, c] = t.colleagues;
    const added = await db().transaction((tx) =>
      addCoAuthors({ ...t.asLead, db: tx }, t.draft.id, [
        a!.id,
        b!.id,
        a!.id,
        t.employee.id,
        outsider.id,
      ]),
    );
    expect(added).toEqual([a!.id, b!.id]);
    expect(
      await db().transaction((tx) =>
        addCoAuthors({ ...t.asLead, db: tx }, t.draft.id, [b!.id, c!.id]),
      ),
    ).toEqual([c!.id]);
    // Joined in one transaction, they are listed by id (migration 0140's mirror).
    expect((await reload(t.draft.id)).coAuthorIds).toEqual([...[a!.id, b!.id].sort(), c!.id]);
    const via = await db()
      .select()
      .from(proposalCoAuthors)
      .where(eq(proposalCoAuthors.proposalId, t.draft.id));
    expect(new Set(via.map((r) => r.joinedVia))).toEqual(new Set(['merge']));
  });

  test('the export lists co-authorships and invitations; erasure leaves drafts’ teams, keeps submitted', async () => {
    const t = await team();
    const a = t.colleagues[0]!;
    await inviteCoAuthor(t.asLead, t.draft.id, { email: a.email });
    await respondToInvitation(await t.as(a), await mailedToken(a.email), 'accept');
    const call = t.call;
    const submitted = await createProposal(t.asLead, call.id, {
      title: 'Arhivă digitală',
      categoryId: call.categories[0]!.id,
      problem: 'Dosarele se pierd.',
      solution: 'Scanare la intrare.',
      clientToken: uuidv7(),
    });
    await db().transaction((tx) => addCoAuthors({ ...t.asLead, db: tx }, submitted.id, [a.id]));
    await transitionProposal(t.asLead, submitted.id, 'submit');
    const b = t.colleagues[1]!;
    await inviteCoAuthor(await t.as(a), t.draft.id, { email: b.email });

    const data = (await exportPersonalData(await t.as(a))) as Record<string, unknown>;
    const text = JSON.stringify(data);
    expect(text).toContain('Foaia de prezență electronică');
    expect(text).toContain('Arhivă digitală');
    expect(text).toContain('"role":"inviter"');
    expect(text).not.toContain('tokenHash');

    await eraseAccount(await t.as(a), { confirm: 'on' });
    expect((await reload(t.draft.id)).coAuthorIds).toEqual([]);
    expect((await reload(submitted.id)).coAuthorIds).toEqual([a.id]);
    const waiting = await db()
      .select()
      .from(proposalInvitations)
      .where(
        and(eq(proposalInvitations.invitedBy, a.id), eq(proposalInvitations.state, 'pending')),
      );
    expect(waiting).toHaveLength(0);
    const [erased] = await db().select().from(users).where(eq(users.id, a.id));
    expect(erased!.erasedAt).not.toBeNull();
  });
});
