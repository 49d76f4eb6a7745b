import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import badInput from '../testing/bad-input.json' with { type: 'json' };
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { auditLog } from '../audit/schema.ts';
import { notifications } from '../notifications/schema.ts';
import { makeUser } from '../testing/factories.ts';
import { evaluationWorld } from '../evaluation/testing.ts';
import { castBallot } from '../pb/booth.ts';
import { translate } from '../i18n/catalogue.ts';
import { getProcess } from '../pb/processes.ts';
import { ruleLab } from '../pb/lab.ts';
import { getResults, resultsCsv } from '../pb/results.ts';
import { updateBallotRule } from '../pb/rules.ts';
import { pbBallots, pbProcesses, pbVoterRoll } from '../pb/schema.ts';
import { proposals } from '../proposals/schema.ts';
import { innovationCalls } from '../calls/schema.ts';
import { enableStaffVote, moveStaffVote, publishStaffChoice } from './commands.ts';
import { rebuildStaffBallot, turnOffStaffVote } from './draft.ts';
import { callStaffVotes } from './schema.ts';
import { staffVotePage } from './queries.ts';

let database: Database;
// The worker's first file migrates its embedded database: minutes on a busy machine.
beforeAll(async () => {
  database = await openTestDatabase();
}, 300_000);
afterAll(() => database.close());

const HOUR = 3_600_000;
/** Up to two choices, Cluj's count; voting from in an hour, for a week. */
const form = (overrides: Record<string, unknown> = {}) => ({
  kind: 'approval',
  minProjects: '1',
  maxProjects: '2',
  countingRule: 'cluj',
  maxWinners: '2',
  opensAt: new Date(Date.now() + HOUR),
  closesAt: new Date(Date.now() + 170 * HOUR),
  resultsAt: new Date(Date.now() + 171 * HOUR),
  ...overrides,
});

async function refusal(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(Invalid);
  return (e as Invalid).fields;
}

/** A call with three proposals in evaluation, its staff vote turned on and open. */
async function openStaffVote() {
  const w = await evaluationWorld(database.db);
  await enableStaffVote(w.asAdmin, w.call.id, form());
  await moveStaffVote(w.asAdmin, w.call.id, 'voting');
  const page = await staffVotePage(w.asAdmin, w.call.id);
  const projects = page.view!.projects;
  return { ...w, processId: page.view!.process.id, projects };
}

describe('a call’s staff vote', () => {
  test('turned on, employees vote in the booth, counted by the engine, published on the call', async () => {
    const w = await evaluationWorld(database.db);
    const vote = await enableStaffVote(w.asAdmin, w.call.id, form());
    const before = await staffVotePage(w.asAdmin, w.call.id);
    const { process, projects, domains } = before.view!;
    // An internal process in draft, the call's proposals on its ballot, its categories as domains.
    expect(process).toMatchObject({ id: vote.processId, audience: 'internal', state: 'draft' });
    expect(process.ballotRule).toMatchObject({ kind: 'approval', maxProjects: 2 });
    expect(projects.map((p) => p.title).sort()).toEqual(w.proposals.map((p) => p.title).sort());
    expect(domains.map((d) => d.key)).toEqual(w.categories.map((c) => c.key));
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'staff_vote.enable'), eq(auditLog.resourceId, w.call.id)));
    expect(audit).toBeTruthy();

    await moveStaffVote(w.asAdmin, w.call.id, 'voting');
    const [first, second, third] = projects;
    const voters = [w.employee, w.colleague, ...w.authors];
    const choices = [[first!.id], [first!.id, second!.id], [first!.id], [third!.id]];
    for (const [i, voter] of voters.entries())
      await castBallot(await w.ctx(voter), vote.processId, { project: choices[i] });
    // During voting nobody is shown a running tally; the roll says how many voted.
    const during = await staffVotePage(w.asAdmin, w.call.id);
    expect(during).toMatchObject({ voters: 4, tally: null });

    await moveStaffVote(w.asAdmin, w.call.id, 'validation');
    // Ballots may still be invalidated: a count read before and after invalidating a named
    // employee's ballot would tell how they voted, so none is shown (decision 054).
    expect((await staffVotePage(w.asAdmin, w.call.id)).tally).toBeNull();
    await expect(publishStaffChoice(w.asAdmin, w.call.id)).rejects.toThrow(Conflict);
    await moveStaffVote(w.asAdmin, w.call.id, 'results');
    // The jury sees the count, with the engine's explanation per proposal.
    const counted = await staffVotePage(w.asEvaluators[0]!, w.call.id);
    expect(counted.tally!.final).toBe(true);
    const rows = counted.tally!.summary.rows;
    expect(rows[0]).toMatchObject({ id: first!.id, votes: 3, selected: true });
    expect(rows.every((r) => r.why.key.startsWith('pb.why.'))).toBe(true);
    expect(counted.tally!.summary.ballots).toBe(4);

    const published = await publishStaffChoice(w.asAdmin, w.call.id);
    expect(published.publishedAt).toBeInstanceOf(Date);
    // Publishing twice changes nothing.
    expect((await publishStaffChoice(w.asAdmin, w.call.id)).publishedAt).toEqual(
      published.publishedAt,
    );
  });

  test('one staff vote per call, a ballot to vote on, the form checked field by field', async () => {
    const w = await evaluationWorld(database.db, 0);
    await expect(enableStaffVote(w.asAdmin, w.call.id, form())).rejects.toThrow(Conflict);
    const fields = await refusal(enableStaffVote(w.asAdmin, w.call.id, {}));
    expect(Object.keys(fields).sort()).toEqual(
      expect.arrayContaining(['countingRule', 'opensAt', 'closesAt', 'resultsAt']),
    );
    for (const value of [...badInput.dates, ...badInput.empty, ...badInput.script_injection]) {
      const f = await refusal(enableStaffVote(w.asAdmin, w.call.id, form({ opensAt: value })));
      expect(Object.keys(f), String(value)).toEqual(['opensAt']);
    }
    const late = await refusal(
      enableStaffVote(w.asAdmin, w.call.id, form({ closesAt: new Date(Date.now() - HOUR) })),
    );
    expect(late).toEqual({ closesAt: { key: 'pb.phase.order' } });

    const v = await evaluationWorld(database.db, 1);
    await enableStaffVote(v.asAdmin, v.call.id, form());
    await expect(enableStaffVote(v.asAdmin, v.call.id, form())).rejects.toThrow(Conflict);
  });

  test('only employees vote, once each; visitors, citizens and other organisations are refused', async () => {
    const w = await openStaffVote();
    const ballot = { project: [w.projects[0]!.id] };
    // An internal process is not even shown to a visitor or a citizen.
    for (const outsider of [null, w.participant])
      await expect(castBallot(await w.ctx(outsider), w.processId, ballot)).rejects.toThrow(
        NotFound,
      );
    // An evaluator who is not an employee reads the vote, but has no ballot.
    await expect(castBallot(w.asEvaluators[1]!, w.processId, ballot)).rejects.toThrow(Forbidden);
    const stranger = await makeUser(database.db, w.other, ['employee']);
    await expect(castBallot(await w.ctx(stranger, w.other), w.processId, ballot)).rejects.toThrow(
      NotFound,
    );
    // An employee votes, then changes their mind: still one ballot, one roll entry.
    const asEmployee = await w.ctx(w.employee);
    await castBallot(asEmployee, w.processId, ballot);
    await castBallot(asEmployee, w.processId, { project: [w.projects[1]!.id] });
    const count = async (table: typeof pbBallots | typeof pbVoterRoll) =>
      (
        await database.db
          .select({ n: sql<number>`count(*)::int` })
          .from(table)
          .where(eq(table.processId, w.processId))
      )[0]!.n;
    expect([await count(pbBallots), await count(pbVoterRoll)]).toEqual([1, 1]);
  });

  test('another organisation’s administrator can neither see nor change it', async () => {
    const w = await openStaffVote();
    const asOther = await w.ctx(w.otherAdmin, w.other);
    await expect(staffVotePage(asOther, w.call.id)).rejects.toThrow(NotFound);
    await expect(enableStaffVote(asOther, w.call.id, form())).rejects.toThrow(NotFound);
    await expect(moveStaffVote(asOther, w.call.id, 'validation')).rejects.toThrow(NotFound);
    await expect(publishStaffChoice(asOther, w.call.id)).rejects.toThrow(NotFound);
    await expect(getProcess(asOther, w.processId)).rejects.toThrow(NotFound);
    // Within the organisation: an employee may not run it, nor a moderator turn it on.
    await expect(moveStaffVote(await w.ctx(w.employee), w.call.id, 'validation')).rejects.toThrow(
      Forbidden,
    );
    await expect(staffVotePage(await w.ctx(w.employee), w.call.id)).rejects.toThrow(Forbidden);
    const [row] = await database.db
      .select({ state: pbProcesses.state })
      .from(pbProcesses)
      .where(eq(pbProcesses.id, w.processId));
    expect(row!.state).toBe('voting');
  });

  test('the rule is locked once voting opened, and the process stays internal', async () => {
    const w = await openStaffVote();
    await expect(
      updateBallotRule(w.asAdmin, w.processId, {
        kind: 'knapsack',
        minProjects: '1',
        countingRule: 'greedy',
        maxWinners: '3',
      }),
    ).rejects.toThrow(Conflict);
    await expect(
      database.db
        .update(pbProcesses)
        .set({ audience: 'public' })
        .where(eq(pbProcesses.id, w.processId)),
    ).rejects.toMatchObject({ cause: { constraint: 'call_staff_votes_internal' } });
    const { process } = await getProcess(w.asAdmin, w.processId);
    expect(process).toMatchObject({ audience: 'internal', ballotRule: { kind: 'approval' } });
  });

  test('a blind call’s booth names no author', async () => {
    const w = await openStaffVote();
    expect(w.call.anonymousToJury).toBe(true);
    const booth = JSON.stringify(await getProcess(await w.ctx(w.employee), w.processId));
    for (const a of w.authors) {
      expect(booth).not.toContain(a.id);
      expect(booth).not.toContain(a.name);
      expect(booth).not.toContain(a.email);
    }
  });

  test('a proposal without a stated cost says so on the ballot, and no budget rule weighs it', async () => {
    const w = await evaluationWorld(database.db);
    const [priced, ...unpriced] = w.proposals;
    await database.db
      .update(proposals)
      .set({ costMinor: 2_500_000 })
      .where(eq(proposals.id, priced!.id));
    const knapsack = { kind: 'knapsack', minProjects: '1', countingRule: 'cluj' };
    const missingCount = { countingRule: { key: 'staff_vote.costs_missing_count' } };
    // A knapsack ballot adds up costs, greedy and MES fund by cost: refused while one is unstated.
    const refused = await refusal(enableStaffVote(w.asAdmin, w.call.id, form(knapsack)));
    expect(refused).toEqual({ kind: { key: 'staff_vote.costs_missing' } });
    for (const countingRule of ['greedy', 'mes-add1'])
      expect(await refusal(enableStaffVote(w.asAdmin, w.call.id, form({ countingRule })))).toEqual(
        missingCount,
      );
    const vote = await enableStaffVote(w.asAdmin, w.call.id, form());
    // Nor can the process's own rules form make it so before voting opens.
    const later = await refusal(
      updateBallotRule(w.asAdmin, vote.processId, { ...knapsack, maxWinners: '2' }),
    );
    expect(later).toEqual({ kind: { key: 'staff_vote.costs_missing' } });
    const rules = { kind: 'approval', minProjects: '1', maxProjects: '2', maxWinners: '2' };
    expect(
      await refusal(
        updateBallotRule(w.asAdmin, vote.processId, { ...rules, countingRule: 'mes-add1' }),
      ),
    ).toEqual(missingCount);
    await moveStaffVote(w.asAdmin, w.call.id, 'voting');
    // The booth: the proposal's own money need, or "cost not stated" — never 0,01.
    const booth = await getProcess(await w.ctx(w.employee), vote.processId);
    const byTitle = new Map(booth.projects.map((p) => [p.title, p]));
    expect(byTitle.get(priced!.title)).toMatchObject({ cost: 2_500_000, costStated: true });
    for (const p of unpriced) expect(byTitle.get(p.title)).toMatchObject({ costStated: false });
    await castBallot(await w.ctx(w.employee), vote.processId, { project: [booth.projects[0]!.id] });
    await moveStaffVote(w.asAdmin, w.call.id, 'validation');
    await moveStaffVote(w.asAdmin, w.call.id, 'results');
    const results = await getResults(w.asAdmin, vote.processId);
    expect(results.projects.filter((p) => !p.costStated).length).toBe(unpriced.length);
    // The spreadsheet: the stated cost in units, an empty cell where none is stated.
    await publishStaffChoice(w.asAdmin, w.call.id);
    const csv = (await resultsCsv(w.asAdmin, vote.processId))!.csv.split('\r\n');
    // Rows start with the project's number; the cost is the last cell but two.
    const costCell = (title: string) => {
      const n = byTitle.get(title)!.number;
      return csv
        .find((l) => l.startsWith(`${n},`))!
        .split(',')
        .at(-3);
    };
    expect(costCell(priced!.title)).toBe('25000');
    for (const p of unpriced) expect(costCell(p.title)).toBe('');
    // The rule lab leaves out the rules that fund by cost, and says which.
    const lab = await ruleLab(w.asAdmin, vote.processId);
    expect(lab.rules.map((r) => r.rule)).toEqual(['cluj']);
    expect(lab.leftOut).toEqual(['greedy', 'mes-add1']);
  });

  test('before voting, an administrator rebuilds the ballot or turns the vote off; after, neither', async () => {
    const w = await evaluationWorld(database.db);
    const late = w.proposals[2]!;
    const setState = (state: 'submitted' | 'eligible') =>
      database.db.update(proposals).set({ state }).where(eq(proposals.id, late.id));
    await setState('submitted');
    const vote = await enableStaffVote(w.asAdmin, w.call.id, form());
    const titles = async () =>
      (await getProcess(w.asAdmin, vote.processId)).projects.map((p) => p.title).sort();
    expect(await titles()).not.toContain(late.title);
    // The late proposal passes its formal check: a rebuild puts it on the ballot.
    await setState('eligible');
    await expect(rebuildStaffBallot(await w.ctx(w.employee), w.call.id)).rejects.toThrow(Forbidden);
    expect(await rebuildStaffBallot(w.asAdmin, w.call.id)).toBe(3);
    expect(await titles()).toEqual(w.proposals.map((p) => p.title).sort());

    await turnOffStaffVote(w.asAdmin, w.call.id);
    await expect(getProcess(w.asAdmin, vote.processId)).rejects.toThrow(NotFound);
    const links = await database.db
      .select()
      .from(callStaffVotes)
      .where(eq(callStaffVotes.callId, w.call.id));
    expect(links).toEqual([]);
    const actions = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.resourceId, w.call.id));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['staff_vote.rebuild', 'staff_vote.disable']),
    );

    // Turned on again and opened: its ballot and roll are now a vote's record.
    await enableStaffVote(w.asAdmin, w.call.id, form());
    await moveStaffVote(w.asAdmin, w.call.id, 'voting');
    await expect(rebuildStaffBallot(w.asAdmin, w.call.id)).rejects.toThrow(Conflict);
    await expect(turnOffStaffVote(w.asAdmin, w.call.id)).rejects.toThrow(Conflict);
    const asOther = await w.ctx(w.otherAdmin, w.other);
    await expect(turnOffStaffVote(asOther, w.call.id)).rejects.toThrow(NotFound);
  });

  test('the employees are told once when voting opens, nobody else', async () => {
    const w = await evaluationWorld(database.db);
    await enableStaffVote(w.asAdmin, w.call.id, form());
    const told = () =>
      database.db
        .select({ userId: notifications.userId, href: notifications.href })
        .from(notifications)
        .where(
          and(
            eq(notifications.kind, 'staff_vote.opened'),
            eq(notifications.organisationId, w.org.id),
          ),
        );
    expect(await told()).toEqual([]);
    const title = { ro: 'Apelul de iarnă', en: 'The winter call', hu: 'A téli pályázat' };
    await database.db
      .update(innovationCalls)
      .set({ title })
      .where(eq(innovationCalls.id, w.call.id));
    await moveStaffVote(w.asAdmin, w.call.id, 'voting');
    await moveStaffVote(w.asAdmin, w.call.id, 'validation');
    const rows = await told();
    const ids = rows.map((r) => r.userId);
    for (const employee of [w.employee, w.colleague]) expect(ids).toContain(employee.id);
    expect(ids).not.toContain(w.participant.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rows[0]!.href).toMatch(/^\/pb\/[0-9a-f-]+\/vote$/);
    // Each employee reads the call's title in their own language.
    const [stored] = await database.db
      .select({ params: notifications.params })
      .from(notifications)
      .where(
        and(eq(notifications.kind, 'staff_vote.opened'), eq(notifications.userId, w.employee.id)),
      );
    for (const locale of ['ro', 'en', 'hu'] as const)
      expect(translate(locale, 'staff_vote.notify.opened.title', stored!.params)).toContain(
        `${title[locale]}`,
      );
  });
});
