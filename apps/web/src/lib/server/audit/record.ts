import { desc, sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import type { Queryable } from '../db/client.ts';
import { auditLog } from './schema.ts';
import { entryHash, GENESIS_HASH } from './canonical.ts';
import { publishHead } from './head.ts';
import { changed } from '../cache/short-lived.ts';

export interface AuditInput {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  before?: unknown;
  after?: unknown;
  /** For changes made without a signed-in actor (sign-up, a failed sign-in…). */
  actorId?: string | null;
  /** For changes made outside a request's organisation context (seeding, command line). */
  organisationId?: string | null;
}

const SECRET_KEY = /password|hash|token|secret/i;

/** Plain JSON without secrets: what the log keeps of a row. */
export function auditSnapshot(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (key && SECRET_KEY.test(key) ? undefined : v)),
  );
}

/**
 * Appends one entry to the hash chain, inside the caller's transaction. The advisory lock
 * serialises appenders so that each entry links to the one before it.
 */
export async function recordAudit(db: Queryable, ctx: Ctx | null, input: AuditInput) {
  await db.execute(sql`select pg_advisory_xact_lock(7243002)`);
  const [last] = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    organisationId:
      input.organisationId !== undefined ? input.organisationId : (ctx?.org.id ?? null),
    actorId: input.actorId !== undefined ? input.actorId : (ctx?.actor?.userId ?? null),
    action: input.action,
    resourceType: input.resourceType,
    resourceId: input.resourceId ?? null,
    before: auditSnapshot(input.before),
    after: auditSnapshot(input.after),
    requestId: ctx?.requestId ?? null,
    createdAt: new Date(ctx ? ctx.now().getTime() : Date.now()),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = entryHash(prevHash, fields);
  await db.insert(auditLog).values({ ...fields, prevHash, hash, keyed: true });
  // The head goes to its second place once the entry is committed (decision 016), and this
  // process's short-lived caches forget what the change may have made wrong (decision 022).
  // Without a command's transaction to wait for, they forget at once.
  ctx?.afterCommit?.(() => publishHead({ seq: fields.seq, hash }));
  if (ctx?.afterCommit) ctx.afterCommit(() => changed(input.resourceType));
  else changed(input.resourceType);
  return { seq: fields.seq, hash };
}
