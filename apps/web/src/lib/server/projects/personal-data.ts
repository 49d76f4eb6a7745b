import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { PersonalDataPart, TxCtx } from '../module.ts';
import type { User } from '../accounts/schema.ts';
import {
  projectFollowers,
  projectMembers,
  projects,
  projectUpdates,
  savingsVerifiers,
} from './schema.ts';
import type { messages } from './messages.ts';

/** The projects they lead, work on or follow, and the status updates they wrote. */
async function exportProjects(db: Queryable, user: User) {
  const [led, member, followed, updates] = await Promise.all([
    db
      .select({ id: projects.id, title: projects.title })
      .from(projects)
      .where(eq(projects.leadId, user.id)),
    db
      .select({ id: projects.id, title: projects.title, role: projectMembers.role })
      .from(projectMembers)
      .innerJoin(projects, eq(projects.id, projectMembers.projectId))
      .where(eq(projectMembers.userId, user.id)),
    db
      .select({ id: projects.id, title: projects.title, since: projectFollowers.createdAt })
      .from(projectFollowers)
      .innerJoin(projects, eq(projects.id, projectFollowers.projectId))
      .where(eq(projectFollowers.userId, user.id)),
    db
      .select({
        projectId: projectUpdates.projectId,
        body: projectUpdates.body,
        at: projectUpdates.createdAt,
      })
      .from(projectUpdates)
      .where(eq(projectUpdates.authorId, user.id))
      .orderBy(asc(projectUpdates.createdAt)),
  ]);
  return {
    projects: {
      led,
      member,
      followed: followed.map((f) => ({ ...f, since: f.since.toISOString() })),
      updatesWritten: updates.map((u) => ({ ...u, at: u.at.toISOString() })),
    },
  };
}

/**
 * What they follow goes. Their work stays, as the city's record of its projects: the account
 * itself is anonymised by the accounts module, so the updates no longer name them.
 */
async function eraseProjects(ctx: TxCtx, user: User): Promise<Record<string, number>> {
  const follows = await ctx.db
    .delete(projectFollowers)
    .where(eq(projectFollowers.userId, user.id))
    .returning({ id: projectFollowers.projectId });
  // An erased account no longer signs in: an appointment as savings verifier would only leave
  // the organisation one verifier fewer than its list says.
  const appointments = await ctx.db
    .delete(savingsVerifiers)
    .where(eq(savingsVerifiers.userId, user.id))
    .returning({ id: savingsVerifiers.organisationId });
  return {
    ...(follows.length ? { projectFollowsDeleted: follows.length } : {}),
    ...(appointments.length ? { savingsVerifierAppointmentsEnded: appointments.length } : {}),
  };
}

export const projectsPersonalData = {
  exported: ['privacy.data.item.projects'],
  removed: ['privacy.delete.removed.project_follows'],
  kept: ['privacy.delete.kept.project_work'],
  export: exportProjects,
  erase: eraseProjects,
} satisfies PersonalDataPart<typeof messages>;
