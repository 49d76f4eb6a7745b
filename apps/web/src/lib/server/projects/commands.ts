import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import type { TxCtx } from '../module.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Invalid } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { transition } from '../lifecycle/transition.ts';
import { memberships } from '../accounts/schema.ts';
import { proposals } from '../proposals/schema.ts';
import { projectMembers, projectProposals, projects, type Project } from './schema.ts';
import { projectSchema } from './form.ts';
import { projectMachine } from './lifecycle.ts';

/** Everyone named on a project is a member of this organisation. */
export async function ensureMembers(ctx: TxCtx, userIds: string[], field: string) {
  const wanted = [...new Set(userIds)];
  if (!wanted.length) return;
  const found = await ctx.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, ctx.org.id), inArray(memberships.userId, wanted)));
  if (found.length !== wanted.length) throw new Invalid({ [field]: 'projects.people.unknown' });
}

/** Writes a project's team and mentors (the lead is on the project row). */
export async function insertMembers(
  ctx: TxCtx,
  projectId: string,
  { team, mentors }: { team: string[]; mentors: string[] },
) {
  const link = { organisationId: ctx.org.id, projectId };
  const members = [
    ...team.map((userId) => ({ ...link, userId, role: 'team' as const })),
    ...mentors.map((userId) => ({ ...link, userId, role: 'mentor' as const })),
  ];
  if (members.length) await ctx.db.insert(projectMembers).values(members);
}

/** The chosen proposals, locked: all of this organisation, all selected, in the order given. */
async function selectedProposals(ctx: TxCtx, ids: string[]) {
  const rows = await ctx.db
    .select({
      id: proposals.id,
      title: proposals.title,
      state: proposals.state,
      callId: proposals.callId,
      categoryId: proposals.categoryId,
    })
    .from(proposals)
    .where(and(eq(proposals.organisationId, ctx.org.id), inArray(proposals.id, ids)))
    .for('update');
  if (rows.length !== ids.length || rows.some((p) => p.state !== 'selected')) {
    throw new Invalid({ proposalIds: 'projects.proposals.not_selected' });
  }
  return ids.map((id) => rows.find((r) => r.id === id)!);
}

/**
 * Turns one or several selected proposals into a project: its owner department, lead, team,
 * mentors and support. A proposal is delivered by one project only (a unique key: two
 * administrators making projects of the same proposal at once get one project and an error).
 */
export async function createProject(ctx: Ctx, input: unknown): Promise<Project> {
  authorize(ctx.actor, 'project.create');
  const f = parseInput(projectSchema, input);
  return inTransaction(ctx, async (tx) => {
    const chosen = await selectedProposals(tx, f.proposalIds);
    await ensureMembers(tx, [f.leadId], 'leadId');
    await ensureMembers(tx, f.team, 'team');
    await ensureMembers(tx, f.mentors, 'mentors');
    const first = chosen[0]!;
    const [project] = await tx.db
      .insert(projects)
      .values({
        organisationId: tx.org.id,
        callId: first.callId,
        categoryId: first.categoryId,
        title: f.title ?? first.title,
        summary: f.summary ?? '',
        departmentId: f.departmentId,
        leadId: f.leadId,
        support: f.support ?? '',
        budgetRon: f.budgetRon ?? null,
        climateArea: f.climateArea ?? null,
        createdBy: tx.actor!.userId,
      })
      .returning();
    const link = { organisationId: tx.org.id, projectId: project!.id };
    await tx.db.insert(projectProposals).values(chosen.map((p) => ({ ...link, proposalId: p.id })));
    await insertMembers(tx, project!.id, f);
    await recordAudit(tx.db, tx, {
      action: 'project.create',
      resourceType: 'project',
      resourceId: project!.id,
      after: { ...project, proposalIds: f.proposalIds, team: f.team, mentors: f.mentors },
    });
    return project!;
  });
}

/** One step of the project's lifecycle (lifecycle.ts says which, for whom, with what). */
export async function transitionProject(
  ctx: Ctx,
  id: string,
  name: unknown,
  input: unknown = {},
): Promise<Project> {
  return (await transition(ctx, projectMachine, id, name, input)).project;
}

/** Work on a project ends when it is stopped; an implemented one still records its savings. */
export function ensureNotStopped(project: Project) {
  if (project.state === 'stopped') throw new Conflict('projects.stopped_already');
}
