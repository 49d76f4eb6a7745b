import { bigint, boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained log of every change. `seq` orders the chain; each row's hash covers
 * its own content and the previous row's hash, so editing or deleting a row breaks the chain.
 * A trigger refuses UPDATE and DELETE (see the migration); verification catches the rest.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    organisationId: uuid('organisation_id'),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** HMAC-SHA-256 with the audit key (true for every entry since decision 016). */
    keyed: boolean('keyed').notNull().default(true),
  },
  (t) => [
    index('audit_log_org_seq_idx').on(t.organisationId, t.seq),
    index('audit_log_resource_idx').on(t.resourceType, t.resourceId),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;
