import { and, asc, count, desc, eq, isNotNull, notExists, sql, type SQL } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { attachmentsOf } from '../files/list.ts';
import { authorize, can } from '../permissions/can.ts';
import { countOf, paginate } from '../lists/paging.ts';
import { memberships, users } from '../accounts/schema.ts';
import { departments } from '../organisations/schema.ts';
import { innovationCalls } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import {
  projectKpis,
  projectMembers,
  projectMilestones,
  projectProposals,
  projectUpdates,
  projects,
  savingsEntries,
} from './schema.ts';
import { projectAccess, verifiersOf } from './access.ts';
import { progressOf } from './progress.ts';
import { CLIMATE_AREAS, type ProjectState } from './states.ts';

export const PAGE_SIZE = 20;

/** progressOf() in SQL, for lists: weight of the milestones done over all weight, rounded down. */
const progressSql =
  sql<number>`coalesce((select floor(100.0 * coalesce(sum(m.weight) filter (where m.status = 'done'), 0) / nullif(sum(m.weight), 0)) from project_milestones m where m.project_id = ${projects.id}), 0)`.mapWith(
    Number,
  );

/** The updates' photos and documents (public), and the savings' evidence (staff only). */
async function filesOfProject(ctx: Ctx, updateIds: string[], entryIds: string[]) {
  const named = { anonymous: false };
  return {
    updates: await attachmentsOf(ctx, 'project_update', updateIds, named),
    evidence: can(ctx.actor, 'savings.read_evidence')
      ? await attachmentsOf(ctx, 'savings_entry', entryIds, named)
      : [],
  };
}

/** Everything a project's page shows; savings not yet signed off only to the organisation's staff. */
export async function getProject(ctx: Ctx, id: string) {
  const access = await projectAccess(ctx, id);
  authorize(ctx.actor, 'project.read', access);
  const p = access.project;
  const [owner] = await ctx.db
    .select({ department: departments.name, lead: users.name })
    .from(departments)
    .innerJoin(users, eq(users.id, p.leadId))
    .where(eq(departments.id, p.departmentId));
  const showUnverified = can(ctx.actor, 'savings.read_unverified');
  const [linked, members, milestones, updates, savings, kpis] = await Promise.all([
    ctx.db
      .select({ id: proposals.id, title: proposals.title, author: users.name })
      .from(projectProposals)
      .innerJoin(proposals, eq(proposals.id, projectProposals.proposalId))
      .innerJoin(users, eq(users.id, proposals.authorId))
      .where(eq(projectProposals.projectId, p.id)),
    ctx.db
      .select({ userId: projectMembers.userId, role: projectMembers.role, name: users.name })
      .from(projectMembers)
      .innerJoin(users, eq(users.id, projectMembers.userId))
      .where(eq(projectMembers.projectId, p.id))
      .orderBy(projectMembers.role, users.name),
    ctx.db
      .select()
      .from(projectMilestones)
      .where(eq(projectMilestones.projectId, p.id))
      .orderBy(asc(projectMilestones.dueOn), asc(projectMilestones.id)),
    ctx.db
      .select({ update: projectUpdates, author: users.name })
      .from(projectUpdates)
      .leftJoin(users, eq(users.id, projectUpdates.authorId))
      .where(eq(projectUpdates.projectId, p.id))
      .orderBy(desc(projectUpdates.createdAt))
      .limit(50),
    ctx.db
      .select()
      .from(savingsEntries)
      .where(
        and(
          eq(savingsEntries.projectId, p.id),
          showUnverified ? undefined : isNotNull(savingsEntries.verifiedAt),
        ),
      )
      .orderBy(desc(savingsEntries.periodEnd), desc(savingsEntries.id)),
    ctx.db
      .select()
      .from(projectKpis)
      .where(eq(projectKpis.projectId, p.id))
      .orderBy(asc(projectKpis.createdAt)),
  ]);
  const verifiers = await verifiersOf(ctx.db, ctx.org.id);
  const files = await filesOfProject(
    ctx,
    updates.map((u) => u.update.id),
    savings.map((s) => s.id),
  );
  return {
    access,
    project: p,
    department: owner?.department ?? null,
    lead: owner?.lead ?? '',
    proposals: linked,
    members,
    milestones,
    progress: progressOf(milestones),
    updates: updates.map((u) => ({
      ...u.update,
      authorName: u.author,
      files: files.updates.filter((f) => f.subjectId === u.update.id),
    })),
    savings: savings.map((entry) => ({
      ...entry,
      files: files.evidence.filter((f) => f.subjectId === entry.id),
      canVerify: can(ctx.actor, 'savings.verify', { entry, verifiers }),
    })),
    kpis,
  };
}

/** The administrators' list of projects, optionally in one state, a page at a time. */
export async function listProjects(ctx: Ctx, query: { state?: ProjectState; page: number }) {
  authorize(ctx.actor, 'project.list_admin');
  const where = and(
    eq(projects.organisationId, ctx.org.id),
    query.state ? eq(projects.state, query.state) : undefined,
  );
  const paged = paginate(
    await countOf(ctx.db.select({ n: count() }).from(projects).where(where)),
    query.page,
    PAGE_SIZE,
  );
  const rows = await ctx.db
    .select({
      id: projects.id,
      title: projects.title,
      state: projects.state,
      department: departments.name,
      lead: users.name,
      progress: progressSql,
    })
    .from(projects)
    .innerJoin(departments, eq(departments.id, projects.departmentId))
    .innerJoin(users, eq(users.id, projects.leadId))
    .where(where)
    .orderBy(desc(projects.createdAt), desc(projects.id))
    .limit(paged.size)
    .offset(paged.offset);
  return { projects: rows, ...paged };
}

/** What the "new project" form offers: selected proposals not yet in a project, departments, people. */
export async function projectFormChoices(ctx: Ctx) {
  authorize(ctx.actor, 'project.create');
  const [candidates, choices] = await Promise.all([
    ctx.db
      .select({ id: proposals.id, title: proposals.title, call: innovationCalls.title })
      .from(proposals)
      .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
      .where(
        and(
          eq(proposals.organisationId, ctx.org.id),
          eq(proposals.state, 'selected'),
          notExists(
            ctx.db
              .select({ x: sql`1` })
              .from(projectProposals)
              .where(eq(projectProposals.proposalId, proposals.id)),
          ),
        ),
      )
      .orderBy(proposals.title)
      .limit(500),
    departmentsAndPeople(ctx),
  ]);
  return { candidates, ...choices };
}

/** The departments that may own a project and the staff who may lead or join one. */
export async function departmentsAndPeople(ctx: Ctx) {
  const [depts, people] = await Promise.all([
    ctx.db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(eq(departments.organisationId, ctx.org.id))
      .orderBy(departments.key),
    ctx.db
      .select({ id: users.id, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.organisationId, ctx.org.id),
          sql`${memberships.roles} && array['employee','admin']::text[]`,
        ),
      )
      .orderBy(users.name)
      .limit(1000),
  ]);
  return { departments: depts, people, climateAreas: CLIMATE_AREAS };
}

/** The projects the dashboard's filters keep, for its public list, a page at a time. */
export async function publicProjects(ctx: Ctx, where: SQL | undefined, page: number) {
  authorize(ctx.actor, 'impact.read');
  const paged = paginate(
    await countOf(ctx.db.select({ n: count() }).from(projects).where(where)),
    page,
    PAGE_SIZE,
  );
  const rows = await ctx.db
    .select({
      id: projects.id,
      title: projects.title,
      state: projects.state,
      department: departments.name,
      progress: progressSql,
    })
    .from(projects)
    .innerJoin(departments, eq(departments.id, projects.departmentId))
    .where(where)
    .orderBy(desc(projects.updatedAt), desc(projects.id))
    .limit(paged.size)
    .offset(paged.offset);
  return { projects: rows, ...paged };
}

/** Who signs off savings now, and the staff an administrator may appoint. */
export async function verifierChoices(ctx: Ctx) {
  authorize(ctx.actor, 'savings.appoint_verifiers');
  const ids = await verifiersOf(ctx.db, ctx.org.id);
  const { people } = await projectFormChoices(ctx);
  return {
    appointed: people.filter((p) => ids.includes(p.id)),
    people: people.filter((p) => !ids.includes(p.id)),
  };
}

/** The project that carries a proposal, if one does (projects are public: decision 070). */
export async function projectOfProposal(ctx: Ctx, proposalId: string) {
  const [row] = await ctx.db
    .select({ id: projects.id, title: projects.title, state: projects.state })
    .from(projectProposals)
    .innerJoin(projects, eq(projects.id, projectProposals.projectId))
    .where(
      and(
        eq(projectProposals.proposalId, proposalId),
        eq(projectProposals.organisationId, ctx.org.id),
      ),
    );
  return row ?? null;
}
