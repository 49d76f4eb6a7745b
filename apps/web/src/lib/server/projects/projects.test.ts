import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { auditLog } from '../audit/schema.ts';
import { outboxEmails } from '../mail/schema.ts';
import { createProject, transitionProject } from './commands.ts';
import { addKpi, addMilestone, postUpdate, setMilestoneStatus } from './delivery.ts';
import { recordSaving, setVerifier, verifySaving } from './savings.ts';
import { exportPersonalData } from '../privacy/export-personal-data.ts';
import { getProject, listProjects } from './queries.ts';
import { progressOf } from './progress.ts';
import { savingsEntries } from './schema.ts';
import { projectWorld } from './testing.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const world = () => projectWorld(database.db);
const saving = {
  metric: 'paper_sheets',
  baseline: '12600',
  estimate: '12000',
  measured: '11 850',
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
  recurrence: 'monthly',
  method: 'Coli cumpărate în semestru, față de același semestru al anului trecut.',
  evidence: 'Facturile de hârtie, dosarul 14/2026',
};

describe('projects from selected proposals', () => {
  test('one or several selected proposals become a project, linked back and audited', async () => {
    const w = await world();
    const a = await w.selected();
    const b = await w.selected('Arhivă de fluturași');
    const project = await createProject(w.as.admin, w.projectInput([a.id, b.id]));
    expect(project).toMatchObject({ state: 'planned', title: a.title, callId: w.call.id });
    expect(project.budgetRon).toBe(5000);
    const view = await getProject(w.as.visitor, project.id);
    expect(view.proposals.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    expect(view.members).toEqual([
      expect.objectContaining({ userId: w.colleague.id, role: 'team' }),
    ]);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'project.create'), eq(auditLog.resourceId, project.id)));
    expect(audit).toBeDefined();
  });

  test('refuses proposals not selected, taken already, or of another organisation', async () => {
    const w = await world();
    const a = await w.selected();
    await createProject(w.as.admin, w.projectInput([a.id]));
    await expect(createProject(w.as.admin, w.projectInput([a.id]))).rejects.toMatchObject({
      fields: { proposalIds: 'projects.proposals.taken' },
    });
    const theirs = await projectWorld(database.db);
    const foreign = await theirs.selected();
    await expect(createProject(w.as.admin, w.projectInput([foreign.id]))).rejects.toBeInstanceOf(
      Invalid,
    );
    await expect(
      createProject(
        w.as.admin,
        w.projectInput([(await w.selected()).id], { departmentId: theirs.department.id }),
      ),
    ).rejects.toMatchObject({ fields: { departmentId: 'projects.department.unknown' } });
  });

  test('only administrators make projects; another organisation’s administrator cannot', async () => {
    const w = await world();
    const a = await w.selected();
    for (const who of ['lead', 'author', 'participant', 'visitor', 'otherAdminHere'] as const) {
      await expect(createProject(w.as[who], w.projectInput([a.id]))).rejects.toBeInstanceOf(
        Forbidden,
      );
    }
  });

  test('two administrators making a project of the same proposal at once get one project', async () => {
    const w = await world();
    const a = await w.selected();
    const results = await Promise.allSettled([
      createProject(w.as.admin, w.projectInput([a.id])),
      createProject(w.as.admin, w.projectInput([a.id])),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });
});

describe('the lifecycle', () => {
  test('planned → MVP → tested → adopted → implemented, each step audited', async () => {
    const w = await world();
    const p = await createProject(w.as.admin, w.projectInput([(await w.selected()).id]));
    for (const step of ['start_mvp', 'complete_mvp', 'adopt', 'implement']) {
      await transitionProject(w.as.lead, p.id, step);
    }
    const { project } = await getProject(w.as.visitor, p.id);
    expect(project.state).toBe('implemented');
    expect(project.implementedAt).toBeInstanceOf(Date);
    const steps = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.resourceId, p.id));
    expect(steps.map((s) => s.action)).toEqual(
      expect.arrayContaining(['project.start_mvp', 'project.adopt', 'project.implement']),
    );
  });

  test('stopping needs the reason and the lessons; the database insists as well', async () => {
    const w = await world();
    const p = await createProject(w.as.admin, w.projectInput([(await w.selected()).id]));
    await expect(
      transitionProject(w.as.lead, p.id, 'stop', { stopReason: 'Fără buget' }),
    ).rejects.toMatchObject({
      fields: { lessonsLearnt: { key: 'form.required' } },
    });
    await expect(
      database.db.execute(sql`update projects set state = 'stopped' where id = ${p.id}`),
    ).rejects.toThrow();
    const stopped = await transitionProject(w.as.lead, p.id, 'stop', {
      stopReason: 'Furnizorul nu oferă modulul de export.',
      lessonsLearnt: 'Verificăm întâi contractul cu furnizorul.',
    });
    expect(stopped.state).toBe('stopped');
    await expect(transitionProject(w.as.lead, p.id, 'start_mvp')).rejects.toBeInstanceOf(Conflict);
  });

  test('team members, authors and outsiders cannot take steps', async () => {
    const w = await world();
    const p = await createProject(w.as.admin, w.projectInput([(await w.selected()).id]));
    for (const who of ['member', 'author', 'participant', 'visitor', 'otherAdminHere'] as const) {
      await expect(transitionProject(w.as[who], p.id, 'start_mvp')).rejects.toBeInstanceOf(
        Forbidden,
      );
    }
    const theirs = await projectWorld(database.db);
    await expect(transitionProject(theirs.as.admin, p.id, 'start_mvp')).rejects.toBeInstanceOf(
      NotFound,
    );
  });
});

describe('milestones and progress', () => {
  test('progress follows the weighted milestones done', async () => {
    const w = await world();
    const p = await createProject(w.as.admin, w.projectInput([(await w.selected()).id]));
    const m1 = await addMilestone(w.as.lead, p.id, {
      title: 'Export PDF',
      dueOn: '2026-02-01',
      weight: '1',
    });
    const m2 = await addMilestone(w.as.lead, p.id, {
      title: 'Test',
      dueOn: '2026-03-01',
      weight: '3',
    });
    expect((await getProject(w.as.visitor, p.id)).progress).toBe(0);
    await setMilestoneStatus(w.as.member, p.id, { milestoneId: m2.id, status: 'done' });
    expect((await getProject(w.as.visitor, p.id)).progress).toBe(75);
    await setMilestoneStatus(w.as.member, p.id, { milestoneId: m1.id, status: 'done' });
    expect((await getProject(w.as.visitor, p.id)).progress).toBe(100);
    await setMilestoneStatus(w.as.lead, p.id, { milestoneId: m1.id, status: 'blocked' });
    expect((await getProject(w.as.visitor, p.id)).progress).toBe(75);
    expect(progressOf([])).toBe(0);
    expect(
      progressOf([
        { status: 'done', weight: 1 },
        { status: 'blocked', weight: 2 },
      ]),
    ).toBe(33);
  });

  test('bad milestones and strangers are refused; another project’s milestone is not found', async () => {
    const w = await world();
    const p = await createProject(w.as.admin, w.projectInput([(await w.selected()).id]));
    const q = await createProject(w.as.admin, w.projectInput([(await w.selected('Alta')).id]));
    await expect(
      addMilestone(w.as.lead, p.id, { title: '', dueOn: '2026-13-45', weight: '0' }),
    ).rejects.toMatchObject({
      fields: {
        title: { key: 'form.required' },
        dueOn: { key: 'projects.form.date' },
        weight: { key: 'projects.form.weight' },
      },
    });
    await expect(
      addMilestone(w.as.member, p.id, { title: 'x', dueOn: '2026-01-01', weight: '1' }),
    ).rejects.toBeInstanceOf(Forbidden);
    const m = await addMilestone(w.as.lead, q.id, { title: 'x', dueOn: '2026-01-01', weight: '1' });
    await expect(
      setMilestoneStatus(w.as.lead, p.id, { milestoneId: m.id, status: 'done' }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      setMilestoneStatus(w.as.author, q.id, { milestoneId: m.id, status: 'done' }),
    ).rejects.toBeInstanceOf(Forbidden);
  });

  test('a status update reaches the proposal’s author by e-mail', async () => {
    const w = await world();
    const p = await createProject(w.as.admin, w.projectInput([(await w.selected()).id]));
    await postUpdate(w.as.member, p.id, { body: 'Primul export PDF a mers.' });
    const mails = await database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.to, w.employee.email));
    // (The author was also told their proposal was selected: that mail is the proposals'.)
    const news = mails.filter((m) => m.text.includes('Primul export PDF a mers.'));
    expect(news).toHaveLength(1);
    expect(mails.filter((m) => m.text.includes(`/projects/${p.id}`))).toEqual(news);
    await expect(postUpdate(w.as.participant, p.id, { body: 'x' })).rejects.toBeInstanceOf(
      Forbidden,
    );
  });

  test('KPIs keep a value before and after with dates', async () => {
    const w = await world();
    const p = await createProject(w.as.admin, w.projectInput([(await w.selected()).id]));
    await addKpi(w.as.lead, p.id, {
      name: 'Timp de distribuire',
      unit: 'ore/lună',
      beforeValue: '25',
      beforeOn: '2026-01-31',
      afterValue: '2',
      afterOn: '2026-05-31',
    });
    await expect(
      addKpi(w.as.lead, p.id, {
        name: 'x',
        beforeValue: '1',
        beforeOn: '2026-05-01',
        afterValue: '2',
        afterOn: '2026-01-01',
      }),
    ).rejects.toBeInstanceOf(Invalid);
    const view = await getProject(w.as.visitor, p.id);
    expect(view.kpis).toEqual([expect.objectContaining({ beforeValue: 25, afterValue: 2 })]);
  });
});

describe('the savings register and its four-eyes sign-off', () => {
  async function withEntry() {
    const w = await world();
    const p = await createProject(w.as.admin, w.projectInput([(await w.selected()).id]));
    const entry = await recordSaving(w.as.member, p.id, saving);
    return { w, p, entry };
  }

  test('an entry is recorded unverified, seen by staff only until signed off', async () => {
    const { w, p, entry } = await withEntry();
    expect(entry).toMatchObject({ measured: 11850, verifiedAt: null, authorId: w.colleague.id });
    expect((await getProject(w.as.visitor, p.id)).savings).toEqual([]);
    expect((await getProject(w.as.lead, p.id)).savings).toHaveLength(1);
    await setVerifier(w.as.admin, { userId: w.finance.id });
    const verified = await verifySaving(w.as.finance, entry.id);
    expect(verified.verifiedBy).toBe(w.finance.id);
    expect((await getProject(w.as.visitor, p.id)).savings).toHaveLength(1);
    // Each of the two finds the entry in their data export, and which part they had in it.
    type Savings = { projects: { savings: unknown[]; savingsVerifier: unknown[] } };
    const mine = (await exportPersonalData(w.as.member)) as Savings;
    expect(mine.projects.savings).toMatchObject([
      { projectId: p.id, recordedByYou: true, verifiedByYou: false, method: saving.method },
    ]);
    const theirs = (await exportPersonalData(w.as.finance)) as Savings;
    expect(theirs.projects.savings).toMatchObject([{ recordedByYou: false, verifiedByYou: true }]);
    expect(theirs.projects.savingsVerifier).toMatchObject([{ organisationId: w.org.id }]);
  });

  test('never its author — not through the command, not in the database', async () => {
    const { w, entry } = await withEntry();
    await setVerifier(w.as.admin, { userId: w.colleague.id });
    await expect(verifySaving(w.as.member, entry.id)).rejects.toBeInstanceOf(Forbidden);
    await expect(
      database.db
        .update(savingsEntries)
        .set({ verifiedBy: w.colleague.id, verifiedAt: new Date() })
        .where(eq(savingsEntries.id, entry.id)),
    ).rejects.toThrow();
  });

  test('only a verifier or an administrator signs off, of this organisation, once', async () => {
    const { w, entry } = await withEntry();
    for (const who of [
      'lead',
      'finance',
      'author',
      'participant',
      'visitor',
      'otherAdminHere',
    ] as const) {
      await expect(verifySaving(w.as[who], entry.id)).rejects.toBeInstanceOf(
        who === 'visitor' || who === 'participant' || who === 'otherAdminHere'
          ? NotFound
          : Forbidden,
      );
    }
    await expect(setVerifier(w.as.lead, { userId: w.lead.id })).rejects.toBeInstanceOf(Forbidden);
    const theirs = await projectWorld(database.db);
    await expect(verifySaving(theirs.as.admin, entry.id)).rejects.toBeInstanceOf(NotFound);
    await setVerifier(w.as.admin, { userId: w.finance.id });
    const results = await Promise.allSettled([
      verifySaving(w.as.finance, entry.id),
      verifySaving(w.as.admin, entry.id),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  test('a verified entry is frozen in the database', async () => {
    const { w, entry } = await withEntry();
    await verifySaving(w.as.admin, entry.id);
    await expect(
      database.db
        .update(savingsEntries)
        .set({ measured: 99999 })
        .where(eq(savingsEntries.id, entry.id)),
    ).rejects.toThrow();
    await expect(
      database.db
        .update(savingsEntries)
        .set({ verifiedBy: null, verifiedAt: null })
        .where(eq(savingsEntries.id, entry.id)),
    ).rejects.toThrow();
  });

  test('an estimate alone cannot be signed off; bad figures are refused by field', async () => {
    const { w, p } = await withEntry();
    const estimate = await recordSaving(w.as.lead, p.id, { ...saving, measured: '' });
    await expect(verifySaving(w.as.admin, estimate.id)).rejects.toMatchObject({
      fields: { measured: 'projects.savings.needs_measured' },
    });
    await expect(
      recordSaving(w.as.lead, p.id, {
        ...saving,
        metric: 'custom',
        measured: '1e9',
        periodEnd: '2025-01-01',
      }),
    ).rejects.toMatchObject({
      fields: {
        customUnit: { key: 'form.required' },
        measured: { key: 'projects.form.figure' },
        periodEnd: { key: 'projects.form.period' },
      },
    });
    await expect(recordSaving(w.as.participant, p.id, saving)).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('the administrators’ list', () => {
  test('lists this organisation’s projects with their progress', async () => {
    const w = await world();
    const p = await createProject(w.as.admin, w.projectInput([(await w.selected()).id]));
    const m = await addMilestone(w.as.lead, p.id, { title: 'x', dueOn: '2026-01-01', weight: '1' });
    await addMilestone(w.as.lead, p.id, { title: 'y', dueOn: '2026-01-01', weight: '1' });
    await setMilestoneStatus(w.as.lead, p.id, { milestoneId: m.id, status: 'done' });
    const list = await listProjects(w.as.admin, { page: 1 });
    expect(list.projects).toEqual([expect.objectContaining({ id: p.id, progress: 50 })]);
    await expect(listProjects(w.as.lead, { page: 1 })).rejects.toBeInstanceOf(Forbidden);
  });
});
