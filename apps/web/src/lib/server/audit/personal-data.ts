import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { PersonalDataPart } from '../module.ts';
import type { User } from '../accounts/schema.ts';
import { organisations } from '../organisations/schema.ts';
import { auditLog } from './schema.ts';
import type { messages } from './messages.ts';

/**
 * What they did, as the audit log has it: the action and its target, never the snapshots.
 * Nothing is erased: the log is append-only and hash-chained (docs/privacy.md says why that is
 * lawful, and what the entries keep).
 */
async function exportActivity(db: Queryable, user: User) {
  const rows = await db
    .select({
      action: auditLog.action,
      resourceType: auditLog.resourceType,
      resourceId: auditLog.resourceId,
      organisation: organisations.slug,
      at: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(organisations, eq(organisations.id, auditLog.organisationId))
    .where(eq(auditLog.actorId, user.id))
    .orderBy(asc(auditLog.seq));
  return { activity: rows.map((r) => ({ ...r, at: r.at.toISOString() })) };
}

export const auditPersonalData = {
  exported: ['privacy.data.item.activity'],
  kept: ['privacy.delete.kept.audit'],
  export: exportActivity,
} satisfies PersonalDataPart<typeof messages>;
