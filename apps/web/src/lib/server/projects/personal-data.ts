import { asc, eq, or } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { PersonalDataPart, TxCtx } from '../module.ts';
import type { User } from '../accounts/schema.ts';
import {
  projectFollowers,
  projectMembers,
  projects,
  projectUpdates,
  savingsEntries,
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
      ...(await exportSavings(db, user)),
      led,
      member,
      followed: followed.map((f) => ({ ...f, since: f.since.toISOString() })),
      updatesWritten: updates.map((u) => ({ ...u, at: u.at.toISOString() })),
    },
  };
}

/**
 * The savings they recorded or verified (figures, period, method, evidence, dates) and where
 * they are appointed to verify savings. Each entry says which of the two they were.
 */
async function exportSavings(db: Queryable, user: User) {
  const [entries, appointments] = await Promise.all([
    db
      .select()
      .from(savingsEntries)
      .where(or(eq(savingsEntries.authorId, user.id), eq(savingsEntries.verifiedBy, user.id)))
      .orderBy(asc(savingsEntries.createdAt)),
    db
      .select({
        organisationId: savingsVerifiers.organisationId,
        since: savingsVerifiers.createdAt,
      })
      .from(savingsVerifiers)
      .where(eq(savingsVerifiers.userId, user.id)),
  ]);
  return {
    savings: entries.map((e) => ({
      projectId: e.projectId,
      recordedByYou: e.authorId === user.id,
      verifiedByYou: e.verifiedBy === user.id,
      metric: e.metric,
      customUnit: e.customUnit,
      baseline: e.baseline,
      estimate: e.estimate,
      measured: e.measured,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      recurrence: e.recurrence,
      method: e.method,
      evidence: e.evidence,
      recordedAt: e.createdAt.toISOString(),
      verifiedAt: e.verifiedAt?.toISOString() ?? null,
    })),
    savingsVerifier: appointments.map((a) => ({ ...a, since: a.since.toISOString() })),
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
