import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { isUuid } from '../db/ids.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { authorize } from '../permissions/can.ts';
import { parseInput } from '../validation/parse.ts';
import { memberships } from '../accounts/schema.ts';
import { departmentTree, descendantIds, type DepartmentOption } from './department-tree.ts';
import { departments, type Department } from './schema.ts';
import { departmentSchema, type DepartmentInput } from './departments-input.ts';

/**
 * The department tree, managed by the organisation's administrators. A department with
 * sub-departments or members cannot be deleted: its sub-departments must be moved or deleted and
 * its members moved first — silently emptying people's department would lose information that
 * an administrator should decide about.
 */

export interface DepartmentNode extends DepartmentOption {
  members: number;
  children: DepartmentNode[];
}

/** The tree as nested nodes, each with how many members belong to it directly. */
export async function listDepartments(ctx: Ctx): Promise<DepartmentNode[]> {
  authorize(ctx.actor, 'organisation.manage_departments');
  const tree = await departmentTree(ctx.db, ctx.org.id);
  const members = await memberCounts(ctx);
  const nodes = new Map<string, DepartmentNode>();
  const roots: DepartmentNode[] = [];
  for (const d of tree) {
    const node = { ...d, members: members.get(d.id) ?? 0, children: [] };
    nodes.set(d.id, node);
    (d.parentId ? nodes.get(d.parentId)!.children : roots).push(node);
  }
  return roots;
}

/** One department for the edit form: the parents it may move under, and what holds it in place. */
export async function getDepartment(ctx: Ctx, id: string) {
  authorize(ctx.actor, 'organisation.manage_departments');
  const tree = await departmentTree(ctx.db, ctx.org.id);
  const department = isUuid(id) ? tree.find((d) => d.id === id) : undefined;
  if (!department) throw new NotFound('department');
  const below = descendantIds(tree, id);
  const members = await memberCounts(ctx);
  return {
    department,
    parents: tree.filter((d) => d.id !== id && !below.has(d.id)),
    members: members.get(id) ?? 0,
    subDepartments: tree.filter((d) => d.parentId === id).length,
  };
}

export async function createDepartment(ctx: Ctx, input: unknown): Promise<Department> {
  authorize(ctx.actor, 'organisation.manage_departments');
  const data = parseInput(departmentSchema, input);
  return inTransaction(ctx, async (tx) => {
    await lockTree(tx);
    await checkParent(tx, data, null);
    const [created] = await tx.db
      .insert(departments)
      .values({ organisationId: tx.org.id, ...data })
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'department.create',
      resourceType: 'department',
      resourceId: created!.id,
      after: created,
    });
    return created!;
  });
}

/** Renames, re-keys or moves a department; it may not move under itself or its descendants. */
export async function updateDepartment(ctx: Ctx, id: string, input: unknown): Promise<Department> {
  authorize(ctx.actor, 'organisation.manage_departments');
  const data = parseInput(departmentSchema, input);
  return inTransaction(ctx, async (tx) => {
    await lockTree(tx);
    const before = await lockDepartment(tx, id);
    await checkParent(tx, data, before.id);
    const [after] = await tx.db
      .update(departments)
      .set({ ...data, updatedAt: tx.now() })
      .where(eq(departments.id, before.id))
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'department.update',
      resourceType: 'department',
      resourceId: before.id,
      before,
      after,
    });
    return after!;
  });
}

/** Deletes a department that has neither sub-departments nor members. */
export async function deleteDepartment(ctx: Ctx, id: string): Promise<Department> {
  authorize(ctx.actor, 'organisation.manage_departments');
  return inTransaction(ctx, async (tx) => {
    await lockTree(tx);
    // The row lock makes a member being assigned to it at this moment wait, then fail.
    const before = await lockDepartment(tx, id);
    const [children] = await tx.db
      .select({ n: count() })
      .from(departments)
      .where(and(eq(departments.organisationId, tx.org.id), eq(departments.parentId, id)));
    if (children!.n > 0) throw new Conflict('organisation_admin.department.has_children');
    if ((await memberCounts(tx, id)).get(id))
      throw new Conflict('organisation_admin.department.has_members');
    await tx.db.delete(departments).where(eq(departments.id, before.id));
    await recordAudit(tx.db, tx, {
      action: 'department.delete',
      resourceType: 'department',
      resourceId: before.id,
      before,
    });
    return before;
  });
}

/** The department, locked for the change; another organisation's is simply not found. */
async function lockDepartment(ctx: Ctx, id: string): Promise<Department> {
  if (!isUuid(id)) throw new NotFound('department');
  const [row] = await ctx.db
    .select()
    .from(departments)
    .where(and(eq(departments.id, id), eq(departments.organisationId, ctx.org.id)))
    .for('update');
  if (!row) throw new NotFound('department');
  return row;
}

/**
 * Changes to one organisation's tree take turns. It is the lock the database's cycle trigger
 * takes, so what a command checks is still true when it writes; taken before any row lock, in
 * the trigger's order, so the two never wait on each other in a circle.
 */
async function lockTree(ctx: Ctx) {
  await ctx.db.execute(sql`select pg_advisory_xact_lock(7243003, hashtext(${ctx.org.id}::text))`);
}

/** The parent exists in this organisation and is neither the department nor a descendant. */
async function checkParent(ctx: Ctx, data: DepartmentInput, selfId: string | null) {
  if (!data.parentId) return;
  const tree = await departmentTree(ctx.db, ctx.org.id);
  if (!tree.some((d) => d.id === data.parentId))
    throw new Invalid({ parentId: 'organisation_admin.department.parent_unknown' });
  if (selfId && (data.parentId === selfId || descendantIds(tree, selfId).has(data.parentId)))
    throw new Invalid({ parentId: 'organisation_admin.department.parent_cycle' });
}

async function memberCounts(ctx: Ctx, departmentId?: string): Promise<Map<string, number>> {
  const rows = await ctx.db
    .select({ id: memberships.departmentId, n: count() })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, ctx.org.id),
        departmentId
          ? eq(memberships.departmentId, departmentId)
          : isNotNull(memberships.departmentId),
      ),
    )
    .groupBy(memberships.departmentId);
  return new Map(rows.map((r) => [r.id!, r.n]));
}
