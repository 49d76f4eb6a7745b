import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import { makeOrganisation, makeUser, ctxFor } from '../testing/factories.ts';
import type { Database } from '../db/client.ts';
import { auditLog } from '../audit/schema.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { addProject, getProcess, listProcesses, transitionProcess } from './processes.ts';
import { setDomainLimit, updateBallotRule } from './rules.ts';
import { advanceDueProcesses } from './phase-job.ts';
import { pbDomains, pbProcesses, pbProjects } from './schema.ts';
import { pbWorld, processInput } from './testing.ts';
import { phaseIndex } from './phases.ts';
import { createProcess } from './processes.ts';
import { windowOpen } from '../pb-proposals/windows.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const rules = {
  kind: 'knapsack',
  minProjects: '1',
  maxProjects: '',
  perDomainMax: '',
  budgetLimit: '300000',
  minBudgetSharePercent: '',
  points: '',
  maxPointsPerProject: '',
  countingRule: 'greedy',
  maxWinners: '10',
};

async function withProject() {
  const w = await pbWorld(database.db);
  const { domains } = await getProcess(w.asAdmin, w.process.id);
  await addProject(w.asAdmin, w.process.id, {
    domainId: domains[0]!.id,
    title: 'Alee nouă pe strada Mehedinți',
    cost: '95000',
  });
  return { ...w, domains };
}

async function moveTo(ctx: Parameters<typeof transitionProcess>[0], id: string, last: string) {
  const { phases, process } = await getProcess(ctx, id);
  for (const p of phases) {
    if (phaseIndex(p.phase) <= phaseIndex(process.state)) continue;
    await transitionProcess(ctx, id, p.phase);
    if (p.phase === last) return;
  }
}

describe('a process and its phases', () => {
  test('created as a draft with Cluj-Napoca six domains, its timeline and one vote per domain', async () => {
    const w = await pbWorld(database.db);
    const view = await getProcess(w.asAdmin, w.process.id);
    expect(view.process.state).toBe('draft');
    expect(view.process.budget).toBe(90_000_000);
    expect(view.process.ballotRule.perDomainMax).toBe(1);
    expect(view.domains.map((d) => d.key)).toHaveLength(6);
    expect(view.phases.map((p) => p.phase)).toEqual([
      'information',
      'submission',
      'analysis',
      'appeals',
      'voting',
      'validation',
      'results',
      'implementation',
    ]);
    expect(view.next).toBe('information');
    // Drafts are for those who run them.
    await expect(getProcess(await w.as(w.citizen), w.process.id)).rejects.toThrow(NotFound);
    expect(await listProcesses(await w.as(null))).toEqual([]);
  });

  test('optional phases may be left out; phases must follow each other', async () => {
    const w = await pbWorld(database.db, { phase_appeals: '', phase_information: '' });
    const { phases } = await getProcess(w.asAdmin, w.process.id);
    expect(phases.map((p) => p.phase)).not.toContain('appeals');
    const bad = processInput({ starts_voting: new Date(Date.now() - 30 * 86_400_000) });
    await expect(createProcess(w.asAdmin, bad)).rejects.toThrow(Invalid);
  });

  test('phases move one at a time, in order, by hand; each move is audited', async () => {
    const w = await withProject();
    await expect(transitionProcess(w.asAdmin, w.process.id, 'voting')).rejects.toThrow(Conflict);
    await transitionProcess(w.asAdmin, w.process.id, 'information');
    // Back is not a move the table knows from here.
    await expect(transitionProcess(w.asAdmin, w.process.id, 'information')).rejects.toThrow(
      Conflict,
    );
    await expect(
      transitionProcess(await w.as(w.citizen), w.process.id, 'submission'),
    ).rejects.toThrow(Forbidden);
    await moveTo(w.asAdmin, w.process.id, 'voting');
    const entries = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.resourceId, w.process.id));
    expect(entries.map((e) => e.action)).toEqual([
      'pb.process.create',
      'pb.process.information',
      'pb.process.submission',
      'pb.process.analysis',
      'pb.process.appeals',
      'pb.process.voting',
    ]);
    const { process } = await getProcess(w.asAdmin, w.process.id);
    expect(process.votingOpenedAt).toBeInstanceOf(Date);
  });

  test('moved by hand ahead of its date, a phase starts then: its window is open at once', async () => {
    const w = await withProject();
    // Phases a day apart from yesterday: the analysis is planned for tomorrow; the admin opens it now.
    await moveTo(w.asAdmin, w.process.id, 'analysis');
    const now = new Date();
    const { process, phases } = await getProcess(w.asAdmin, w.process.id);
    const analysis = phases.find((p) => p.phase === 'analysis')!;
    expect(analysis.startsAt.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(windowOpen(process, phases, 'analysis', now)).toBe(true);
    // The phases ahead keep their dates.
    const appeals = phases.find((p) => p.phase === 'appeals')!;
    expect(appeals.startsAt.getTime()).toBeGreaterThan(now.getTime());
  });

  test('voting cannot open without projects', async () => {
    const w = await pbWorld(database.db, {
      phase_information: '',
      phase_submission: '',
      phase_analysis: '',
      phase_appeals: '',
    });
    await expect(transitionProcess(w.asAdmin, w.process.id, 'voting')).rejects.toThrow(Conflict);
  });

  test('at their dates, phases move by themselves (the schedule), audited without an actor', async () => {
    const w = await withProject();
    await transitionProcess(w.asAdmin, w.process.id, 'information');
    // Every phase started a day apart from yesterday: information, submission are due now.
    await advanceDueProcesses(database.db, new Date());
    await advanceDueProcesses(database.db, new Date());
    const { process } = await getProcess(w.asAdmin, w.process.id);
    expect(process.state).toBe('submission');
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.resourceId, w.process.id), eq(auditLog.action, 'pb.process.submission')),
      );
    expect(entry?.actorId).toBeNull();
    // A draft never moves by itself.
    const draft = await pbWorld(database.db);
    await advanceDueProcesses(database.db, new Date(Date.now() + 30 * 86_400_000));
    expect((await getProcess(draft.asAdmin, draft.process.id)).process.state).toBe('draft');
  });
});

describe('ballot rules are locked once voting opens', () => {
  test('before voting, an administrator sets the rule; a citizen or another organisation cannot', async () => {
    const w = await withProject();
    const after = await updateBallotRule(w.asAdmin, w.process.id, rules);
    expect(after.ballotRule).toMatchObject({ kind: 'knapsack', budgetLimit: 30_000_000 });
    expect(after.countingRule).toBe('greedy');
    await expect(updateBallotRule(await w.as(w.citizen), w.process.id, rules)).rejects.toThrow(
      NotFound,
    );
    const other = await makeOrganisation(database.db);
    const otherAdmin = await ctxFor(
      database.db,
      other,
      await makeUser(database.db, other, ['admin']),
    );
    await expect(updateBallotRule(otherAdmin, w.process.id, rules)).rejects.toThrow(NotFound);
    await expect(
      updateBallotRule(w.asAdmin, w.process.id, { ...rules, maxProjects: '0', minProjects: '2' }),
    ).rejects.toThrow(Invalid);
  });

  test('after voting opened: the domain function refuses and the rule is unchanged', async () => {
    const w = await withProject();
    await moveTo(w.asAdmin, w.process.id, 'voting');
    const before = (await getProcess(w.asAdmin, w.process.id)).process;
    await expect(updateBallotRule(w.asAdmin, w.process.id, rules)).rejects.toThrow(Conflict);
    await expect(
      setDomainLimit(w.asAdmin, w.process.id, { domainId: w.domains[0]!.id, maxVotes: '3' }),
    ).rejects.toThrow(Conflict);
    await expect(
      addProject(w.asAdmin, w.process.id, {
        domainId: w.domains[0]!.id,
        title: 'Târziu',
        cost: '1000',
      }),
    ).rejects.toThrow(Conflict);
    const after = (await getProcess(w.asAdmin, w.process.id)).process;
    expect(after.ballotRule).toEqual(before.ballotRule);
    expect(after.countingRule).toBe(before.countingRule);
  });

  test('after voting opened: the database refuses a direct change too', async () => {
    const w = await withProject();
    await moveTo(w.asAdmin, w.process.id, 'voting');
    const db = database.db;
    const id = w.process.id;
    const refused = async (q: Promise<unknown>) =>
      expect(q).rejects.toMatchObject({
        cause: expect.objectContaining({ constraint: 'pb_rules_locked' }),
      });
    await refused(
      db
        .update(pbProcesses)
        .set({ ballotRule: { ...w.process.ballotRule, perDomainMax: 3 } })
        .where(eq(pbProcesses.id, id)),
    );
    await refused(
      db.update(pbProcesses).set({ countingRule: 'greedy' }).where(eq(pbProcesses.id, id)),
    );
    await refused(
      db.update(pbProcesses).set({ votingOpenedAt: null }).where(eq(pbProcesses.id, id)),
    );
    await refused(db.update(pbDomains).set({ maxVotes: 4 }).where(eq(pbDomains.processId, id)));
    await refused(db.update(pbProjects).set({ cost: 1 }).where(eq(pbProjects.processId, id)));
    const [row] = await db.select().from(pbProcesses).where(eq(pbProcesses.id, id));
    expect(row!.ballotRule.perDomainMax).toBe(1);
    expect(row!.countingRule).toBe('cluj');
    // Moving on through the phases still works: only the rules are frozen.
    await transitionProcess(w.asAdmin, id, 'validation');
  });

  test('a project above the cap per project is refused', async () => {
    const w = await withProject();
    await expect(
      addProject(w.asAdmin, w.process.id, {
        domainId: w.domains[0]!.id,
        title: 'Prea scump',
        cost: '150000,01',
      }),
    ).rejects.toThrow(Invalid);
  });
});
