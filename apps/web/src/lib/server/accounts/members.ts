import { and, asc, count, eq, ilike, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { isUuid } from '../db/ids.ts';
import { Invalid, NotFound } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { authorize } from '../permissions/can.ts';
import { choice, uuidField } from '../validation/fields.ts';
import { containing, countOf, pageParam, paginate } from '../lists/paging.ts';
import { memberships, ROLES, users, type Role } from './schema.ts';
import { parseInput } from '../validation/parse.ts';
import { departmentTree } from '../organisations/department-tree.ts';

export const MEMBERS_PAGE_SIZE = 25;

export const memberQuerySchema = z.object({
  q: z
    .string()
    .optional()
    .transform((s) =>
      (s ?? '')
        .replace(/[\u0000-\u001f\u007f]/g, '')
        .trim()
        .slice(0, 200),
    ),
  page: pageParam,
});

/** Members of the organisation, searched by name or e-mail, a page at a time. */
export async function listMembers(ctx: Ctx, query: { q?: string | null; page?: string | null }) {
  authorize(ctx.actor, 'organisation.read_members');
  const { q, page } = memberQuerySchema.parse({
    q: query.q ?? undefined,
    page: query.page ?? undefined,
  });
  const where = and(
    eq(memberships.organisationId, ctx.org.id),
    q ? or(ilike(users.name, containing(q)), ilike(users.email, containing(q))) : undefined,
  );
  const paged = paginate(
    await countOf(
      ctx.db
        .select({ n: count() })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(where),
    ),
    page,
    MEMBERS_PAGE_SIZE,
  );
  const rows = await ctx.db
    .select({
      id: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      emailVerified: users.emailVerifiedAt,
      roles: memberships.roles,
      departmentId: memberships.departmentId,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(where)
    .orderBy(asc(users.name), asc(users.email))
    .limit(paged.size)
    .offset(paged.offset);
  return {
    q,
    ...paged,
    members: rows.map((r) => ({
      ...r,
      roles: r.roles as Role[],
      emailVerified: r.emailVerified !== null,
    })),
  };
}

/** One member, with the departments to choose from: for the edit form. */
export async function getMember(ctx: Ctx, membershipId: string) {
  authorize(ctx.actor, 'organisation.read_members');
  if (!isUuid(membershipId)) throw new NotFound('membership');
  const [row] = await ctx.db
    .select({
      id: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      roles: memberships.roles,
      departmentId: memberships.departmentId,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, ctx.org.id)))
    .limit(1);
  if (!row) throw new NotFound('membership');
  return {
    member: { ...row, roles: row.roles as Role[] },
    departments: await departmentTree(ctx.db, ctx.org.id),
  };
}

const rolesField = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
  .pipe(z.array(choice(ROLES)).max(ROLES.length));

export const memberUpdateSchema = z.object({
  roles: rolesField,
  departmentId: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(uuidField().optional()),
});

/**
 * Sets a member's roles and department. Everyone stays a participant; only employees have a
 * department; an administrator cannot take away their own admin role (no lock-out).
 */
export async function updateMember(ctx: Ctx, membershipId: string, input: unknown) {
  authorize(ctx.actor, 'organisation.manage_members');
  const data = parseInput(memberUpdateSchema, input);
  if (!isUuid(membershipId)) throw new NotFound('membership');
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, tx.org.id)))
      .for('update')
      .limit(1);
    if (!before) throw new NotFound('membership');
    const roles = ROLES.filter((r) => r === 'participant' || data.roles.includes(r)) as Role[];
    if (
      before.userId === tx.actor!.userId &&
      before.roles.includes('admin') &&
      !roles.includes('admin')
    ) {
      throw new Invalid({ roles: 'admin.members.keep_own_admin' });
    }
    const departmentId = roles.includes('employee') ? (data.departmentId ?? null) : null;
    const [after] = await tx.db
      .update(memberships)
      .set({ roles, departmentId, updatedAt: tx.now() })
      .where(eq(memberships.id, before.id))
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'membership.update',
      resourceType: 'membership',
      resourceId: before.id,
      before,
      after,
    });
    return after!;
  });
}
