import { and, count, desc, eq, gte, ilike, lt } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { authorize } from '../permissions/can.ts';
import { users } from '../accounts/schema.ts';
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

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The organisation's audit entries, newest first, for administrators: "who changed this?". */
export async function listAuditEntries(ctx: Ctx, f: AuditFilters) {
  authorize(ctx.actor, 'audit.read');
  const where = and(
    eq(auditLog.organisationId, ctx.org.id),
    f.action ? ilike(auditLog.action, `${escapeLike(f.action)}%`) : undefined,
    f.resourceType ? eq(auditLog.resourceType, f.resourceType) : undefined,
    f.actorEmail ? ilike(users.email, `%${escapeLike(f.actorEmail)}%`) : undefined,
    f.from ? gte(auditLog.createdAt, f.from) : undefined,
    f.to ? lt(auditLog.createdAt, f.to) : undefined,
  );
  const [{ total } = { total: 0 }] = await ctx.db
    .select({ total: count() })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, f.page), pages);
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
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  const resourceTypes = await ctx.db
    .selectDistinct({ type: auditLog.resourceType })
    .from(auditLog)
    .where(eq(auditLog.organisationId, ctx.org.id));
  return { entries, total, page, pages, resourceTypes: resourceTypes.map((r) => r.type).sort() };
}
