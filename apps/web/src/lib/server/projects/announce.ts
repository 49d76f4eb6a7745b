import { eq } from 'drizzle-orm';
import type { TxCtx } from '../module.ts';
import { proposals } from '../proposals/schema.ts';
import { projectMembers, projectProposals, type Project, type ProjectUpdate } from './schema.ts';
import { projectLink, queueProjectMail } from './mails.ts';

/**
 * Who follows a project: the authors of the proposals it delivers, its lead and its team —
 * everyone but the person who wrote the update.
 */
export async function followersOf(ctx: TxCtx, project: Project): Promise<string[]> {
  const authors = await ctx.db
    .select({ userId: proposals.authorId })
    .from(projectProposals)
    .innerJoin(proposals, eq(proposals.id, projectProposals.proposalId))
    .where(eq(projectProposals.projectId, project.id));
  const team = await ctx.db
    .select({ userId: projectMembers.userId })
    .from(projectMembers)
    .where(eq(projectMembers.projectId, project.id));
  return [
    ...new Set(
      [project.leadId, ...authors, ...team].map((r) => (typeof r === 'string' ? r : r.userId)),
    ),
  ];
}

/** A status update reaches the followers by e-mail, in the update's transaction. */
export async function announceUpdate(ctx: TxCtx, project: Project, update: ProjectUpdate) {
  const to = (await followersOf(ctx, project)).filter((id) => id !== update.authorId);
  return queueProjectMail(ctx.db, ctx.org, 'update', to, {
    project: project.title,
    body: update.body,
    link: projectLink(ctx.org, project.id),
  });
}
