import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { NotFound } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { attachPrepared, withUploads } from '../files/attach.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { projectKpis, projectMilestones, projectUpdates } from './schema.ts';
import { kpiSchema, milestoneSchema, milestoneStatusSchema, updateSchema } from './form.ts';
import { projectAccess } from './access.ts';
import { ensureNotStopped } from './commands.ts';
import { announceUpdate } from './announce.ts';

/** A milestone with its date and weight (the lead or an administrator). */
export async function addMilestone(ctx: Ctx, projectId: string, input: unknown) {
  const f = parseInput(milestoneSchema, input);
  return inTransaction(ctx, async (tx) => {
    const r = await projectAccess(tx, projectId, true);
    authorize(tx.actor, 'project.manage', r);
    ensureNotStopped(r.project);
    const [row] = await tx.db
      .insert(projectMilestones)
      .values({ organisationId: tx.org.id, projectId: r.project.id, ...f })
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'project.milestone_add',
      resourceType: 'project',
      resourceId: r.project.id,
      after: row,
    });
    return row!;
  });
}

/** Moves a milestone (not started, in progress, done, blocked): the team may. */
export async function setMilestoneStatus(ctx: Ctx, projectId: string, input: unknown) {
  const f = parseInput(milestoneStatusSchema, input);
  return inTransaction(ctx, async (tx) => {
    const r = await projectAccess(tx, projectId, true);
    authorize(tx.actor, 'project.contribute', r);
    ensureNotStopped(r.project);
    const where = and(
      eq(projectMilestones.id, f.milestoneId),
      eq(projectMilestones.projectId, r.project.id),
    );
    const [before] = await tx.db.select().from(projectMilestones).where(where);
    if (!before) throw new NotFound('milestone');
    if (before.status === f.status) return before;
    const now = tx.now();
    const [after] = await tx.db
      .update(projectMilestones)
      .set({ status: f.status, doneAt: f.status === 'done' ? now : null, updatedAt: now })
      .where(where)
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'project.milestone_status',
      resourceType: 'project',
      resourceId: r.project.id,
      before: { milestoneId: before.id, status: before.status },
      after: { milestoneId: before.id, status: after!.status },
    });
    return after!;
  });
}

/**
 * A status update from the team, with its photos and documents (issue 10), sent to whoever
 * follows the project's proposals. The files are checked before anything is written, and the
 * update and its files are one change.
 */
export async function postUpdate(ctx: Ctx, projectId: string, input: unknown) {
  const f = parseInput(updateSchema, input);
  authorize(ctx.actor, 'project.contribute', await projectAccess(ctx, projectId));
  return withUploads(ctx, 'project_update', { raw: input, field: 'photos' }, (prepared) =>
    inTransaction(ctx, async (tx) => {
      const r = await projectAccess(tx, projectId, true);
      authorize(tx.actor, 'project.contribute', r);
      const [row] = await tx.db
        .insert(projectUpdates)
        .values({
          organisationId: tx.org.id,
          projectId: r.project.id,
          authorId: tx.actor!.userId,
          body: f.body,
        })
        .returning();
      await attachPrepared(tx, 'project_update', row!.id, prepared, 'photos');
      await announceUpdate(tx, r.project, row!);
      await recordAudit(tx.db, tx, {
        action: 'project.update_post',
        resourceType: 'project',
        resourceId: r.project.id,
        after: row,
      });
      return row!;
    }),
  );
}

/** A KPI with its value before (and after, once measured). */
export async function addKpi(ctx: Ctx, projectId: string, input: unknown) {
  const f = parseInput(kpiSchema, input);
  return inTransaction(ctx, async (tx) => {
    const r = await projectAccess(tx, projectId, true);
    authorize(tx.actor, 'project.manage', r);
    const [row] = await tx.db
      .insert(projectKpis)
      .values({
        organisationId: tx.org.id,
        projectId: r.project.id,
        name: f.name,
        unit: f.unit ?? '',
        beforeValue: f.beforeValue,
        beforeOn: f.beforeOn,
        afterValue: f.afterValue ?? null,
        afterOn: f.afterOn ?? null,
      })
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'project.kpi_add',
      resourceType: 'project',
      resourceId: r.project.id,
      after: row,
    });
    return row!;
  });
}
