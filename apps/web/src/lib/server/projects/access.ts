import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { Ctx } from '../context.ts';
import { isUuid } from '../db/ids.ts';
import { NotFound } from '../errors.ts';
import { projectMembers, projects, savingsVerifiers } from './schema.ts';
import type { ProjectAccess } from './permissions.ts';

/** The people on a project (team and mentors), for the permission rules. */
export async function teamOf(db: Queryable, projectId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: projectMembers.userId })
    .from(projectMembers)
    .where(eq(projectMembers.projectId, projectId));
  return rows.map((r) => r.userId);
}

/** Who may sign off savings in this organisation (besides its administrators). */
export async function verifiersOf(db: Queryable, organisationId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: savingsVerifiers.userId })
    .from(savingsVerifiers)
    .where(eq(savingsVerifiers.organisationId, organisationId));
  return rows.map((r) => r.userId);
}

/**
 * A project of this organisation with its team; `lock` takes the row for the transaction
 * (every change to a project and its parts goes through its row lock, so concurrent steps queue).
 */
export async function projectAccess(ctx: Ctx, id: string, lock = false): Promise<ProjectAccess> {
  if (!isUuid(id)) throw new NotFound('project');
  const query = ctx.db
    .select()
    .from(projects)
    .where(and(eq(projects.id, id), eq(projects.organisationId, ctx.org.id)));
  const [project] = lock ? await query.for('update') : await query;
  if (!project) throw new NotFound('project');
  return { project, team: await teamOf(ctx.db, project.id) };
}
