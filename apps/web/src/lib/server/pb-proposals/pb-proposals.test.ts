import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { ctxFor, makeOrganisation, makeUser } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { notifications } from '../notifications/schema.ts';
import { auditLog } from '../audit/schema.ts';
import { pbProjects } from '../pb/schema.ts';
import { getProcess } from '../pb/processes.ts';
import { createPbProposal, transitionPbProposal } from './commands.ts';
import { saveAnalysis } from './analysis.ts';
import { appeal, decideAppeal } from './appeals.ts';
import { answerInvitation, inviteMember } from './members.ts';
import { getPbProposal, listPbProposals } from './queries.ts';
import { updateProposalRules } from './rules.ts';
import { CLUJ_CRITERIA } from './criteria.ts';
import { pbAppeals, pbProposalMembers, pbProposals } from './schema.ts';
import { passingAnalysis, proposalInput, proposalWorld } from './testing.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** The error is Invalid with this message on this field (a key, or a message with params). */
const fieldError = (field: string, key: string) => (e: unknown) => {
  const m = e instanceof Invalid ? (e.fields as Record<string, unknown>)[field] : undefined;
  return m === key || (typeof m === 'object' && (m as { key?: string })?.key === key);
};
const keys = CLUJ_CRITERIA.map((c) => c.key);
const noticesOf = (userId: string) =>
  database.db.select().from(notifications).where(eq(notifications.userId, userId));

describe('a citizen proposal, from submission to the ballot', () => {
  test('submit → analyse → eligible, merged, ineligible → appeal decided → on the ballot', async () => {
    const w = await proposalWorld(database.db);
    const [anna, bela] = [await w.newCitizen(), await w.newCitizen()];
    const d = w.domains;
    const path = await createPbProposal(
      await w.as(w.citizen),
      w.process.id,
      proposalInput(d[0]!.id),
    );
    const twin = await createPbProposal(
      await w.as(anna),
      w.process.id,
      proposalInput(d[0]!.id, { title: 'Pistă pentru biciclete, Observatorului' }),
    );
    const kiosk = await createPbProposal(
      await w.as(bela),
      w.process.id,
      proposalInput(d[5]!.id, {
        title: 'Chioșc digital în Piața Unirii',
        latitude: '',
        longitude: '',
      }),
    );
    expect([path.state, path.number, kiosk.latitude]).toEqual(['submitted', 1, null]);

    await w.enter('analysis');
    const mod = await w.as(w.moderator);
    await saveAnalysis(mod, path.id, passingAnalysis(keys, '145000'));
    const eligible = await transitionPbProposal(mod, path.id, 'mark_eligible');
    await transitionPbProposal(mod, twin.id, 'merge', { mergedIntoId: path.id });
    const reason = 'Terenul din Piața Unirii nu este în proprietatea publică a municipiului.';
    await transitionPbProposal(mod, kiosk.id, 'mark_ineligible', { ineligibleReason: reason });
    await saveAnalysis(mod, kiosk.id, passingAnalysis(keys, '90000')).catch((e) => e);

    const [project] = await database.db
      .select()
      .from(pbProjects)
      .where(eq(pbProjects.id, eligible.proposal.projectId!));
    expect(project).toMatchObject({
      title: path.title,
      cost: 145_000_00,
      domainId: d[0]!.id,
      latitude: 46.7546,
      longitude: 23.597,
    });
    expect((await noticesOf(anna.id)).map((n) => n.kind)).toContain('proposal.merge');
    expect((await noticesOf(w.citizen.id)).map((n) => n.kind).sort()).toEqual([
      'pb_proposals.eligible',
      'pb_proposals.merged_in',
    ]);
    const publicView = await getPbProposal(await w.as(null), kiosk.id);
    expect([publicView.proposal.state, publicView.proposal.ineligibleReason]).toEqual([
      'ineligible',
      reason,
    ]);

    await w.enter('appeals');
    await expect(appeal(await w.as(anna), kiosk.id, { text: 'Nu sunt autorul' })).rejects.toThrow(
      Forbidden,
    );
    await appeal(await w.as(bela), kiosk.id, {
      text: 'Terenul a trecut în domeniul public în 2025.',
    });
    await expect(
      decideAppeal(await w.as(w.moderator), kiosk.id, { outcome: 'upheld', decisionReason: 'Da.' }),
    ).rejects.toThrow(Invalid); // no city estimate yet: cannot go on the ballot
    expect((await getPbProposal(mod, kiosk.id)).appeal?.state).toBe('pending');
  });

  test('an upheld appeal puts the proposal on the ballot; a rejected one leaves it out, both public', async () => {
    const w = await proposalWorld(database.db);
    const bela = await w.newCitizen();
    const a = await createPbProposal(
      await w.as(w.citizen),
      w.process.id,
      proposalInput(w.domains[1]!.id),
    );
    const b = await createPbProposal(
      await w.as(bela),
      w.process.id,
      proposalInput(w.domains[2]!.id),
    );
    await w.enter('analysis');
    const mod = await w.as(w.moderator);
    for (const p of [a, b]) {
      await saveAnalysis(mod, p.id, {
        ...passingAnalysis(keys, '100000'),
        check_competence: 'fail',
      });
      await expect(transitionPbProposal(mod, p.id, 'mark_eligible')).rejects.toThrow(Conflict);
      await transitionPbProposal(mod, p.id, 'mark_ineligible', {
        ineligibleReason: 'Teren privat.',
      });
    }
    await w.enter('appeals');
    await appeal(await w.as(w.citizen), a.id, { text: 'Terenul este al primăriei (CF 12345).' });
    await appeal(await w.as(bela), b.id, { text: 'Vă rog să reanalizați.' });
    await expect(appeal(await w.as(bela), b.id, { text: 'Încă o dată.' })).rejects.toThrow(
      Conflict,
    );
    await decideAppeal(mod, a.id, { outcome: 'upheld', decisionReason: 'Extrasul CF confirmă.' });
    await decideAppeal(mod, b.id, { outcome: 'rejected', decisionReason: 'Nu aduce date noi.' });

    const list = await listPbProposals(await w.as(null), w.process.id);
    const byId = new Map(list.proposals.map((p) => [p.id, p]));
    expect(byId.get(a.id)?.state).toBe('eligible');
    expect(byId.get(b.id)?.state).toBe('ineligible');
    expect(list.appeals[b.id]).toMatchObject({
      state: 'rejected',
      decisionReason: 'Nu aduce date noi.',
    });
    const kinds = (await noticesOf(bela.id)).map((n) => n.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['proposal.mark_ineligible', 'pb_proposals.appeal_decided']),
    );

    await w.enter('voting');
    const ballot = await getProcess(await w.as(null), w.process.id);
    expect(ballot.projects.map((p) => p.title)).toEqual([a.title]);
    const audit = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.resourceId, a.id));
    expect(audit.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'pb.proposal.create',
        'pb.proposal.submit',
        'pb.proposal.analyse',
        'pb.proposal.mark_ineligible',
        'pb.proposal.appeal',
        'pb.proposal.appeal_upheld',
      ]),
    );
  });
});

describe('limits: the cap per project and proposals per person per domain', () => {
  test('a cost over the cap is refused by the domain, and by the database', async () => {
    const w = await proposalWorld(database.db);
    const me = await w.as(w.citizen);
    await expect(
      createPbProposal(me, w.process.id, proposalInput(w.domains[0]!.id, { cost: '150000,01' })),
    ).rejects.toSatisfy(fieldError('cost', 'pb_proposals.over_cap'));
    const p = await createPbProposal(
      me,
      w.process.id,
      proposalInput(w.domains[0]!.id, { cost: '150000' }),
    );
    const raise = database.db.execute(
      sql`update pb_proposals set cost = 15000001 where id = ${p.id}`,
    );
    await expect(raise).rejects.toMatchObject({ cause: { constraint: 'pb_proposals_cost_cap' } });
  });

  test('one proposal per person per domain by default; the process may allow more', async () => {
    const w = await proposalWorld(database.db);
    const me = await w.as(w.citizen);
    await createPbProposal(me, w.process.id, proposalInput(w.domains[0]!.id));
    const again = proposalInput(w.domains[0]!.id, { title: 'A doua idee' });
    await expect(createPbProposal(me, w.process.id, again)).rejects.toSatisfy(
      fieldError('domainId', 'pb_proposals.limit_reached'),
    );
    // The refusal kept nothing: the same form (same token) can go to another domain.
    await createPbProposal(me, w.process.id, { ...again, domainId: w.domains[1]!.id });
    expect((await listPbProposals(me, w.process.id)).proposals).toHaveLength(2);
  });

  test('the database refuses a slot over the limit, or the same slot twice', async () => {
    const w = await proposalWorld(database.db);
    const p = await createPbProposal(
      await w.as(w.citizen),
      w.process.id,
      proposalInput(w.domains[0]!.id),
    );
    const over = database.db.execute(
      sql`update pb_proposals set domain_slot = 2 where id = ${p.id}`,
    );
    await expect(over).rejects.toMatchObject({ cause: { constraint: 'pb_proposals_per_domain' } });
    const copy = database.db.execute(sql`
      insert into pb_proposals (id, organisation_id, process_id, domain_id, author_id, number, title,
        description, cost, state, domain_slot, client_token, submitted_at)
      select gen_random_uuid(), organisation_id, process_id, domain_id, author_id, 99, title,
        description, cost, 'submitted', 1, gen_random_uuid(), now() from pb_proposals where id = ${p.id}`);
    await expect(copy).rejects.toMatchObject({ cause: { constraint: 'pb_proposals_per_domain' } });
  });

  test('two tabs submitting at once: one accepted, the other told the domain is taken', async () => {
    const w = await proposalWorld(database.db);
    const tabs = await Promise.allSettled(
      [1, 2].map(async () =>
        createPbProposal(await w.as(w.citizen), w.process.id, proposalInput(w.domains[3]!.id)),
      ),
    );
    expect(tabs.filter((t) => t.status === 'fulfilled')).toHaveLength(1);
    const refused = tabs.find((t) => t.status === 'rejected') as PromiseRejectedResult;
    expect(fieldError('domainId', 'pb_proposals.limit_reached')(refused.reason)).toBe(true);
    const rows = await database.db
      .select()
      .from(pbProposals)
      .where(eq(pbProposals.processId, w.process.id));
    expect(rows).toHaveLength(1);
  });

  test('the same form posted twice is one proposal', async () => {
    const w = await proposalWorld(database.db);
    const input = proposalInput(w.domains[0]!.id);
    const me = await w.as(w.citizen);
    const [a, b] = [
      await createPbProposal(me, w.process.id, input),
      await createPbProposal(me, w.process.id, input),
    ];
    expect(b.id).toBe(a.id);
  });
});

describe('who may propose, and when', () => {
  test('only declared, verified participants, in the submission window', async () => {
    const w = await proposalWorld(database.db);
    const input = () => proposalInput(w.domains[0]!.id);
    const undeclared = await makeUser(database.db, w.org, ['participant']);
    await expect(
      createPbProposal(await w.as(undeclared), w.process.id, input()),
    ).rejects.toMatchObject({
      key: 'pb.declare.needed',
    });
    const unverified = await makeUser(database.db, w.org, ['participant'], {
      emailVerifiedAt: null,
    });
    await expect(createPbProposal(await w.as(unverified), w.process.id, input())).rejects.toThrow(
      Forbidden,
    );
    await expect(createPbProposal(await w.as(null), w.process.id, input())).rejects.toThrow(
      Forbidden,
    );
    const other = await makeOrganisation(database.db);
    const stranger = await makeUser(database.db, other, ['admin']);
    await expect(
      createPbProposal(await ctxFor(database.db, other, stranger), w.process.id, input()),
    ).rejects.toThrow(NotFound);
    w.setTime(Date.now() + 86_400_000 + 120_000); // the analysis date passed, the job not yet run
    await expect(
      createPbProposal(await w.as(w.citizen), w.process.id, input()),
    ).rejects.toMatchObject({
      key: 'pb_proposals.submission_closed',
    });
  });

  test('an internal process takes proposals from its employees only', async () => {
    const w = await proposalWorld(database.db, { audience: 'internal' });
    await expect(
      createPbProposal(await w.as(w.citizen), w.process.id, proposalInput(w.domains[0]!.id)),
    ).rejects.toThrow(NotFound);
    const p = await createPbProposal(
      await w.as(w.employee),
      w.process.id,
      proposalInput(w.domains[0]!.id),
    );
    expect(p.state).toBe('submitted');
  });

  test('a group proposal is submitted once enough co-authors accepted', async () => {
    const w = await proposalWorld(database.db);
    await updateProposalRules(w.asAdmin, w.process.id, {
      perDomainLimit: '1',
      minGroupSize: '3',
      criteria_ro: CLUJ_CRITERIA.map((c) => c.label.ro).join('\n'),
    });
    const [ana, ben] = [await w.newCitizen(), await w.newCitizen()];
    const me = await w.as(w.citizen);
    await expect(
      createPbProposal(me, w.process.id, proposalInput(w.domains[0]!.id)),
    ).rejects.toMatchObject({ key: 'pb_proposals.group_too_small' });
    const draft = await createPbProposal(
      me,
      w.process.id,
      proposalInput(w.domains[0]!.id, { intent: 'draft' }),
    );
    await expect(getPbProposal(await w.as(ana), draft.id)).rejects.toThrow(NotFound);
    for (const u of [ana, ben]) await inviteMember(me, draft.id, { email: u.email });
    expect(await inviteMember(me, draft.id, { email: 'nobody@example.org' })).toEqual({
      invited: true,
    });
    await answerInvitation(await w.as(ana), draft.id, true);
    await expect(transitionPbProposal(me, draft.id, 'submit')).rejects.toMatchObject({
      key: 'pb_proposals.group_too_small',
    });
    await answerInvitation(await w.as(ben), draft.id, true);
    const done = await transitionPbProposal(me, draft.id, 'submit');
    expect(done.proposal.state).toBe('submitted');
    expect(done.members.map((m) => m.state)).toEqual(['accepted', 'accepted']);
    const members = await database.db
      .select()
      .from(pbProposalMembers)
      .where(eq(pbProposalMembers.proposalId, draft.id));
    expect(members).toHaveLength(2);
  });
});

describe('the analysis and appeals: permissions and windows', () => {
  async function analysed() {
    const w = await proposalWorld(database.db);
    const p = await createPbProposal(
      await w.as(w.citizen),
      w.process.id,
      proposalInput(w.domains[0]!.id),
    );
    return { w, p };
  }

  test.each([
    ['the author', 'citizen', Forbidden],
    ['an anonymous visitor', null, Forbidden],
    ['an employee', 'employee', Forbidden],
  ] as const)('%s may not analyse', async (_who, role, error) => {
    const { w, p } = await analysed();
    await w.enter('analysis');
    const actor = role ? w[role] : null;
    await expect(saveAnalysis(await w.as(actor), p.id, passingAnalysis(keys))).rejects.toThrow(
      error,
    );
    await expect(
      transitionPbProposal(await w.as(actor), p.id, 'mark_ineligible', { ineligibleReason: 'x' }),
    ).rejects.toThrow(error);
  });

  test('a moderator who co-wrote the proposal may not analyse it; another organisation sees nothing', async () => {
    const { w, p } = await analysed();
    const other = await makeOrganisation(database.db);
    const foreign = await makeUser(database.db, other, ['moderator']);
    await w.enter('analysis');
    await expect(
      saveAnalysis(await ctxFor(database.db, other, foreign, w.now), p.id, passingAnalysis(keys)),
    ).rejects.toThrow(NotFound);
    await database.db
      .update(pbProposals)
      .set({ authorId: w.moderator.id })
      .where(eq(pbProposals.id, p.id));
    await expect(
      saveAnalysis(await w.as(w.moderator), p.id, passingAnalysis(keys)),
    ).rejects.toThrow(Forbidden);
  });

  test('the analysis waits for its phase, and an ineligible reason is required', async () => {
    const { w, p } = await analysed();
    const mod = await w.as(w.moderator);
    await expect(saveAnalysis(mod, p.id, passingAnalysis(keys))).rejects.toMatchObject({
      key: 'pb_proposals.analysis_closed',
    });
    await w.enter('analysis');
    await expect(
      transitionPbProposal(mod, p.id, 'mark_ineligible', { ineligibleReason: '  ' }),
    ).rejects.toSatisfy(fieldError('ineligibleReason', 'form.required'));
    await expect(saveAnalysis(mod, p.id, passingAnalysis(keys, '150000,01'))).rejects.toSatisfy(
      fieldError('cityCost', 'pb_proposals.over_cap'),
    );
    await expect(transitionPbProposal(mod, p.id, 'mark_eligible')).rejects.toMatchObject({
      key: 'pb_proposals.analysis_incomplete',
    });
    await expect(
      updateProposalRules(w.asAdmin, w.process.id, {
        perDomainLimit: '2',
        minGroupSize: '1',
        criteria_ro: 'Un criteriu',
      }),
    ).rejects.toMatchObject({ key: 'pb_proposals.rules.locked' });
  });

  test('appeals only within the appeals window', async () => {
    const { w, p } = await analysed();
    await w.enter('analysis');
    await transitionPbProposal(await w.as(w.moderator), p.id, 'mark_ineligible', {
      ineligibleReason: 'Nu.',
    });
    await expect(appeal(await w.as(w.citizen), p.id, { text: 'De ce?' })).rejects.toMatchObject({
      key: 'pb_proposals.appeal.closed',
    });
    await w.enter('appeals');
    w.setTime(Date.now() + 3 * 86_400_000 + 120_000); // voting's date passed
    await expect(appeal(await w.as(w.citizen), p.id, { text: 'De ce?' })).rejects.toMatchObject({
      key: 'pb_proposals.appeal.closed',
    });
    const rows = await database.db
      .select()
      .from(pbAppeals)
      .where(and(eq(pbAppeals.proposalId, p.id)));
    expect(rows).toHaveLength(0);
  });
});
