import type { Queryable } from '../db/client.ts';
import type { Organisation } from '../organisations/schema.ts';
import { jobHandlers } from './handlers.ts';
import { kickJobs } from './kick.ts';
import { jobs } from './schema.ts';

/** Where a job is queued: a command's transaction ctx (TxCtx) or a job's own ctx (JobCtx). */
export interface EnqueueTarget {
  db: Queryable;
  org: Pick<Organisation, 'id'> | null;
  afterCommit?: (fn: () => unknown) => void;
}

export interface EnqueueOptions {
  /** Not before this moment (default: now). */
  runAt?: Date;
  /**
   * One job per key, ever (until done jobs are purged): a second enqueue with the same key is a
   * no-op. Name what makes it unique, e.g. `projects.milestone_overdue:<milestoneId>:<due>`.
   */
  dedupeKey?: string;
  /** Attempts before the job is dead (default 5). */
  maxAttempts?: number;
}

/**
 * Queues a job inside the caller's transaction: it exists if and only if that transaction
 * commits. Returns the job's id, or null when `dedupeKey` already named a job. The kind must
 * have a handler in some manifest's `jobHandlers` (a typo fails here, not silently later).
 */
export async function enqueue(
  target: EnqueueTarget,
  kind: string,
  payload: unknown = {},
  { runAt, dedupeKey, maxAttempts }: EnqueueOptions = {},
): Promise<string | null> {
  if (!jobHandlers().has(kind)) throw new Error(`no job handler for "${kind}"`);
  const [row] = await target.db
    .insert(jobs)
    .values({
      organisationId: target.org?.id ?? null,
      kind,
      // Stored as JSON: what the handler will see (dates become strings, undefined goes).
      payload: JSON.parse(JSON.stringify(payload ?? {})) as unknown,
      runAt,
      dedupeKey,
      maxAttempts,
    })
    .onConflictDoNothing({ target: jobs.dedupeKey })
    .returning({ id: jobs.id });
  if (row && (!runAt || runAt.getTime() <= Date.now())) target.afterCommit?.(kickJobs);
  return row?.id ?? null;
}
