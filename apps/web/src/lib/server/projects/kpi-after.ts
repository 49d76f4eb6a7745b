import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Invalid, NotFound } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput, parseParams } from '../validation/parse.ts';
import { projectKpis } from './schema.ts';
import { kpiAfterSchema, kpiParamsSchema } from './form.ts';
import { projectAccess } from './access.ts';

/**
 * The value after, measured once the change has run a while (months after the KPI was set up).
 * Recording it again corrects it; the audit log keeps what it replaced. `params` is the KPI's
 * address (project and KPI ids), never taken from the posted fields.
 */
export async function recordKpiAfter(ctx: Ctx, params: unknown, input: unknown) {
  const { projectId, kpiId } = parseParams(kpiParamsSchema, params, 'kpi');
  const f = parseInput(kpiAfterSchema, input);
  return inTransaction(ctx, async (tx) => {
    const r = await projectAccess(tx, projectId, true);
    authorize(tx.actor, 'project.manage', r);
    const where = and(eq(projectKpis.id, kpiId), eq(projectKpis.projectId, r.project.id));
    const [before] = await tx.db.select().from(projectKpis).where(where);
    if (!before) throw new NotFound('kpi');
    if (f.afterOn < before.beforeOn) throw new Invalid({ afterOn: 'projects.form.period' });
    const [after] = await tx.db
      .update(projectKpis)
      .set({ afterValue: f.afterValue, afterOn: f.afterOn, updatedAt: tx.now() })
      .where(where)
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'project.kpi_after',
      resourceType: 'project',
      resourceId: r.project.id,
      before: { kpiId: before.id, afterValue: before.afterValue, afterOn: before.afterOn },
      after: { kpiId: before.id, afterValue: after!.afterValue, afterOn: after!.afterOn },
    });
    return after!;
  });
}

/** The KPI whose value after is being recorded, for its form (the lead and administrators). */
export async function kpiAfterForm(ctx: Ctx, params: unknown) {
  const { projectId, kpiId } = parseParams(kpiParamsSchema, params, 'kpi');
  const r = await projectAccess(ctx, projectId);
  authorize(ctx.actor, 'project.manage', r);
  const [kpi] = await ctx.db
    .select()
    .from(projectKpis)
    .where(and(eq(projectKpis.id, kpiId), eq(projectKpis.projectId, r.project.id)));
  if (!kpi) throw new NotFound('kpi');
  return { project: { id: r.project.id, title: r.project.title }, kpi };
}
