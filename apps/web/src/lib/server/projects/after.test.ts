import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from '../db/client.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.ts';
import { auditLog } from '../audit/schema.ts';
import { notifications } from '../notifications/schema.ts';
import { createProject, transitionProject } from './commands.ts';
import { addKpi, postUpdate } from './delivery.ts';
import { updateProject, projectEditForm } from './edit.ts';
import { kpiAfterForm, recordKpiAfter } from './kpi-after.ts';
import { isFollowing, setFollowing } from './follow.ts';
import { getProject, projectOfProposal } from './queries.ts';
import { projectWorld } from './testing.ts';
import { exportPersonalData } from '../privacy/export-personal-data.ts';
import { eraseAccount } from '../privacy/erase-account.ts';
import badInput from '../testing/bad-input.json' with { type: 'json' };

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

async function running() {
  const w = await projectWorld(database.db);
  const proposal = await w.selected();
  const project = await createProject(w.as.admin, w.projectInput([proposal.id]));
  return { ...w, proposal, project };
}

const newsFor = async (userId: string) =>
  database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'projects.update')));

describe('after a project is made', () => {
  test('the lead changes its team, mentors and support; the audit log has before and after', async () => {
    const w = await running();
    const form = await projectEditForm(w.as.lead, w.project.id);
    expect(form.members).toEqual({ team: [w.colleague.id], mentors: [] });
    const edited = await updateProject(w.as.lead, w.project.id, {
      ...form.values,
      team: [w.finance.id, w.colleague.id],
      mentors: w.employee.id,
      support: 'Și un consilier juridic',
      budgetRon: '7500',
    });
    expect(edited).toMatchObject({ support: 'Și un consilier juridic', budgetRon: 7500 });
    const view = await getProject(w.as.visitor, w.project.id);
    expect(view.members.map((m) => [m.userId, m.role]).sort()).toEqual(
      [
        [w.finance.id, 'team'],
        [w.colleague.id, 'team'],
        [w.employee.id, 'mentor'],
      ].sort(),
    );
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'project.update'), eq(auditLog.resourceId, w.project.id)));
    expect(audit!.before).toMatchObject({ team: [w.colleague.id], budgetRon: 5000 });
    expect(audit!.after).toMatchObject({ mentors: [w.employee.id], budgetRon: 7500 });
  });

  test('a team member, a visitor and another organisation’s admin cannot edit; strangers are refused', async () => {
    const w = await running();
    const { values } = await projectEditForm(w.as.admin, w.project.id);
    for (const who of [w.as.member, w.as.visitor, w.as.participant]) {
      await expect(updateProject(who, w.project.id, values)).rejects.toBeInstanceOf(Forbidden);
    }
    // Another organisation's administrator does not even find it.
    await expect(updateProject(w.elsewhere.asAdmin, w.project.id, values)).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(
      updateProject(w.as.admin, w.project.id, { ...values, team: w.elsewhere.admin.id }),
    ).rejects.toMatchObject({ fields: { team: 'projects.people.unknown' } });
    await expect(
      updateProject(w.as.admin, w.project.id, { ...values, title: '' }),
    ).rejects.toBeInstanceOf(Invalid);
  });

  test('a stopped project is not edited any more', async () => {
    const w = await running();
    const { values } = await projectEditForm(w.as.admin, w.project.id);
    await transitionProject(w.as.admin, w.project.id, 'stop', {
      stopReason: 'Fără buget',
      lessonsLearnt: 'Întâi bugetul',
    });
    await expect(updateProject(w.as.admin, w.project.id, values)).rejects.toBeInstanceOf(Conflict);
    // Nor is its edit form shown, as if the change could still be saved.
    await expect(projectEditForm(w.as.admin, w.project.id)).rejects.toMatchObject({
      key: 'projects.stopped_already',
    });
    await expect(projectEditForm(w.as.lead, w.project.id)).rejects.toBeInstanceOf(Conflict);
  });

  test('a KPI’s value after is recorded months later, never before the value before', async () => {
    const w = await running();
    const kpi = await addKpi(w.as.lead, w.project.id, {
      name: 'Fluturași tipăriți pe lună',
      beforeValue: '1050',
      beforeOn: '2026-01-31',
    });
    await expect(
      recordKpiAfter(
        w.as.lead,
        { projectId: w.project.id, kpiId: kpi.id },
        { afterValue: '40', afterOn: '2025-12-31' },
      ),
    ).rejects.toMatchObject({ fields: { afterOn: 'projects.form.period' } });
    await expect(
      recordKpiAfter(
        w.as.member,
        { projectId: w.project.id, kpiId: kpi.id },
        { afterValue: '40', afterOn: '2026-09-30' },
      ),
    ).rejects.toBeInstanceOf(Forbidden);
    const after = await recordKpiAfter(
      w.as.lead,
      { projectId: w.project.id, kpiId: kpi.id },
      { afterValue: '40', afterOn: '2026-09-30' },
    );
    expect(after).toMatchObject({ afterValue: 40, afterOn: '2026-09-30' });
    const other = await running();
    await expect(
      recordKpiAfter(
        other.as.admin,
        { projectId: other.project.id, kpiId: kpi.id },
        { afterValue: '1', afterOn: '2026-10-01' },
      ),
    ).rejects.toBeInstanceOf(NotFound);
  });

  test('a KPI’s address that names none of the project’s KPIs is not found, never a field message', async () => {
    const w = await running();
    const kpi = await addKpi(w.as.lead, w.project.id, {
      name: 'Cereri rezolvate pe loc',
      beforeValue: '10',
      beforeOn: '2026-01-31',
    });
    const value = { afterValue: '40', afterOn: '2026-09-30' };
    for (const kpiId of ['', 'abc', `${kpi.id}x`, ...badInput.sql_like, undefined]) {
      const at = { projectId: w.project.id, kpiId };
      await expect(recordKpiAfter(w.as.lead, at, value), String(kpiId)).rejects.toBeInstanceOf(
        NotFound,
      );
      await expect(kpiAfterForm(w.as.lead, at), String(kpiId)).rejects.toBeInstanceOf(NotFound);
    }
    // A kpiId among the posted fields is not an address: the URL's KPI is the one recorded.
    const after = await recordKpiAfter(
      w.as.lead,
      { projectId: w.project.id, kpiId: kpi.id },
      { ...value, kpiId: 'abc' },
    );
    expect(after).toMatchObject({ id: kpi.id, afterValue: 40 });
  });

  test('anyone of the organisation may follow: updates reach them until they stop', async () => {
    const w = await running();
    expect(await isFollowing(w.as.participant, w.project.id)).toBe(false);
    await setFollowing(w.as.participant, w.project.id, true);
    await setFollowing(w.as.participant, w.project.id, true); // a second click changes nothing
    expect(await isFollowing(w.as.participant, w.project.id)).toBe(true);
    await postUpdate(w.as.lead, w.project.id, { body: 'Primul export PDF a mers.' });
    expect(await newsFor(w.participant.id)).toHaveLength(1);
    await setFollowing(w.as.participant, w.project.id, false);
    await postUpdate(w.as.lead, w.project.id, { body: 'Al doilea export.' });
    expect(await newsFor(w.participant.id)).toHaveLength(1);
    await expect(setFollowing(w.as.visitor, w.project.id, true)).rejects.toBeInstanceOf(Forbidden);
    await expect(setFollowing(w.elsewhere.asAdmin, w.project.id, true)).rejects.toBeInstanceOf(
      NotFound,
    );
  });

  test('a selected proposal leads to the project that carries it', async () => {
    const w = await running();
    expect(await projectOfProposal(w.as.visitor, w.proposal.id)).toMatchObject({
      id: w.project.id,
    });
    expect(await projectOfProposal(w.elsewhere.asAdmin, w.proposal.id)).toBeNull();
  });

  test('what a person follows is in their data export and goes with their account', async () => {
    const w = await running();
    await setFollowing(w.as.participant, w.project.id, true);
    const data = (await exportPersonalData(w.as.participant)) as { projects?: unknown };
    expect(data.projects).toMatchObject({ followed: [{ id: w.project.id }] });
    const lead = (await exportPersonalData(w.as.lead)) as { projects?: unknown };
    expect(lead.projects).toMatchObject({ led: [{ id: w.project.id }] });
    const summary = await eraseAccount(w.as.participant, { confirm: 'on' });
    expect(summary).toMatchObject({ projectFollowsDeleted: 1 });
    expect(await isFollowing(w.as.participant, w.project.id)).toBe(false);
  });
});
