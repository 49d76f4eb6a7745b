import { and, count, desc, eq, gte, ilike, lt } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { authorize } from '../permissions/can.ts';
import { users } from '../accounts/schema.ts';
import { containing, countOf, escapeLike, paginate } from '../lists/paging.ts';
import { auditLog } from './schema.ts';

export interface AuditFilters {
  action?: string;
  resourceType?: string;
  actorEmail?: string;
  from?: Date;
  to?: Date;
  page: number;
}

export const AUDIT_PAGE_SIZE = 50;

/** The organisation's audit entries, newest first, for administrators: "who changed this?". */
export async function listAuditEntries(ctx: Ctx, f: AuditFilters) {
  authorize(ctx.actor, 'audit.read');
  const where = and(
    eq(auditLog.organisationId, ctx.org.id),
    f.action ? ilike(auditLog.action, `${escapeLike(f.action)}%`) : undefined,
    f.resourceType ? eq(auditLog.resourceType, f.resourceType) : undefined,
    f.actorEmail ? ilike(users.email, containing(f.actorEmail)) : undefined,
    f.from ? gte(auditLog.createdAt, f.from) : undefined,
    f.to ? lt(auditLog.createdAt, f.to) : undefined,
  );
  const paged = paginate(
    await countOf(
      ctx.db
        .select({ n: count() })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorId))
        .where(where),
    ),
    f.page,
    AUDIT_PAGE_SIZE,
  );
  const entries = await ctx.db
    .select({
      seq: auditLog.seq,
      action: auditLog.action,
      resourceType: auditLog.resourceType,
      resourceId: auditLog.resourceId,
      before: auditLog.before,
      after: auditLog.after,
      createdAt: auditLog.createdAt,
      requestId: auditLog.requestId,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.seq))
    .limit(paged.size)
    .offset(paged.offset);
  const resourceTypes = await ctx.db
    .selectDistinct({ type: auditLog.resourceType })
    .from(auditLog)
    .where(eq(auditLog.organisationId, ctx.org.id));
  return { entries, ...paged, resourceTypes: resourceTypes.map((r) => r.type).sort() };
}
