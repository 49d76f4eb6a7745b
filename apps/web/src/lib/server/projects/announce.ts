import { eq } from 'drizzle-orm';
import type { TxCtx } from '../module.ts';
import { notify } from '../notifications/notify.ts';
import { proposals } from '../proposals/schema.ts';
import {
  projectFollowers,
  projectMembers,
  projectProposals,
  type Project,
  type ProjectUpdate,
} from './schema.ts';

/**
 * Who follows a project: the authors of the proposals it delivers, its lead, its team, and whoever
 * asked to follow it.
 * (Notifications reach only members of the organisation: notify() checks.)
 */
export async function followersOf(ctx: Pick<TxCtx, 'db'>, project: Project): Promise<string[]> {
  const authors = await ctx.db
    .select({ userId: proposals.authorId })
    .from(projectProposals)
    .innerJoin(proposals, eq(proposals.id, projectProposals.proposalId))
    .where(eq(projectProposals.projectId, project.id));
  const team = await ctx.db
    .select({ userId: projectMembers.userId })
    .from(projectMembers)
    .where(eq(projectMembers.projectId, project.id));
  const asked = await ctx.db
    .select({ userId: projectFollowers.userId })
    .from(projectFollowers)
    .where(eq(projectFollowers.projectId, project.id));
  return [...new Set([project.leadId, ...[...authors, ...team, ...asked].map((r) => r.userId)])];
}

/** A status update reaches the followers (but not its writer), in the update's transaction. */
export async function announceUpdate(ctx: TxCtx, project: Project, update: ProjectUpdate) {
  const recipients = (await followersOf(ctx, project)).filter((id) => id !== update.authorId);
  return notify(ctx, {
    kind: 'projects.update',
    recipients,
    resource: { type: 'project', id: project.id, href: `/projects/${project.id}` },
    params: { project: project.title, body: update.body },
  });
}
