import type { Ctx } from '../context.ts';
import { getCall } from '../calls/service.ts';
import { departmentTree } from '../organisations/department-tree.ts';
import { authorize } from '../permissions/can.ts';
import { evaluationProgress } from './admin-views.ts';
import { participation, perWeek } from './figures.ts';

/**
 * The call dashboard for administrators: submissions per week, by category and by the authors'
 * departments, and how far the evaluation is.
 */
export async function callDashboard(ctx: Ctx, callId: string) {
  const call = await getCall(ctx, callId);
  authorize(ctx.actor, 'dashboard.read', call);
  const rows = await participation(ctx.db, ctx.org.id, call.id);
  const departments = new Map(
    (await departmentTree(ctx.db, ctx.org.id)).map((d) => [d.id, d.name]),
  );
  const byDepartment = new Map<string | null, number>();
  for (const r of rows)
    byDepartment.set(r.departmentId, (byDepartment.get(r.departmentId) ?? 0) + 1);
  const progress = await evaluationProgress(ctx, call.id);
  return {
    call,
    total: rows.length,
    perWeek: perWeek(rows).map((w) => ({ label: w.week, value: w.count })),
    byCategory: call.categories.map((c) => ({
      label: c.name,
      value: rows.filter((r) => r.categoryId === c.id).length,
    })),
    byDepartment: [...byDepartment]
      .map(([id, value]) => ({ label: id ? (departments.get(id) ?? null) : null, value }))
      .sort((a, b) => b.value - a.value),
    progress: progress.totals,
  };
}
