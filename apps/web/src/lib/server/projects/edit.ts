import { eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { projectMembers, projects, type Project } from './schema.ts';
import { projectEditSchema } from './form.ts';
import { projectAccess } from './access.ts';
import { ensureMembers, ensureNotStopped, insertMembers } from './commands.ts';
import { departmentsAndPeople } from './queries.ts';

/** The team and mentors of a project, as the edit form shows them. */
async function membersOf(ctx: Pick<Ctx, 'db'>, projectId: string) {
  const rows = await ctx.db
    .select({ userId: projectMembers.userId, role: projectMembers.role })
    .from(projectMembers)
    .where(eq(projectMembers.projectId, projectId));
  const of = (role: string) =>
    rows
      .filter((m) => m.role === role)
      .map((m) => m.userId)
      .sort();
  return { team: of('team'), mentors: of('mentor') };
}

/**
 * Changes a running project: its title and summary, owner department, lead, team, mentors,
 * support and budget (people join and leave; the support on offer grows). The proposals it
 * delivers stay. The lead and administrators may; the audit log has before and after.
 */
export async function updateProject(ctx: Ctx, id: string, input: unknown): Promise<Project> {
  const f = parseInput(projectEditSchema, input);
  return inTransaction(ctx, async (tx) => {
    const r = await projectAccess(tx, id, true);
    authorize(tx.actor, 'project.manage', r);
    ensureNotStopped(r.project);
    await ensureMembers(tx, [f.leadId], 'leadId');
    await ensureMembers(tx, f.team, 'team');
    await ensureMembers(tx, f.mentors, 'mentors');
    const before = { ...r.project, ...(await membersOf(tx, r.project.id)) };
    const [project] = await tx.db
      .update(projects)
      .set({
        title: f.title,
        summary: f.summary ?? '',
        departmentId: f.departmentId,
        leadId: f.leadId,
        support: f.support ?? '',
        budgetRon: f.budgetRon ?? null,
        climateArea: f.climateArea ?? null,
        updatedAt: tx.now(),
      })
      .where(eq(projects.id, r.project.id))
      .returning();
    await tx.db.delete(projectMembers).where(eq(projectMembers.projectId, r.project.id));
    await insertMembers(tx, r.project.id, f);
    await recordAudit(tx.db, tx, {
      action: 'project.update',
      resourceType: 'project',
      resourceId: r.project.id,
      before,
      after: { ...project, team: f.team, mentors: f.mentors },
    });
    return project!;
  });
}

/**
 * What the edit form starts from: the project's values, its people, and the choices. A stopped
 * project has no form, since updateProject would refuse whatever it sent.
 */
export async function projectEditForm(ctx: Ctx, id: string) {
  const r = await projectAccess(ctx, id);
  authorize(ctx.actor, 'project.manage', r);
  ensureNotStopped(r.project);
  const p = r.project;
  const values: Record<string, string> = {
    title: p.title,
    summary: p.summary,
    departmentId: p.departmentId,
    leadId: p.leadId,
    support: p.support,
    budgetRon: p.budgetRon === null ? '' : String(p.budgetRon),
    climateArea: p.climateArea ?? '',
  };
  const [members, choices] = await Promise.all([membersOf(ctx, p.id), departmentsAndPeople(ctx)]);
  return { project: { id: p.id, title: p.title, state: p.state }, values, members, choices };
}
