import type { Ctx } from '../context.ts';
import { log } from '../log.ts';
import type { Tx } from './client.ts';
import { mapDatabaseError } from './errors.ts';

/**
 * The command owns the transaction: everything inside receives a ctx whose db is the
 * transaction, and constraint violations come out as typed errors. What must happen only once
 * the change is committed (the audit head's second copy) is registered with `afterCommit`; an
 * inner call joins the outer transaction's list, so nothing runs before the real commit.
 */
export async function inTransaction<T>(
  ctx: Ctx,
  fn: (ctx: Ctx & { db: Tx }) => Promise<T>,
): Promise<T> {
  if (ctx.afterCommit) {
    const outer = ctx.afterCommit;
    try {
      return await ctx.db.transaction((tx) => fn({ ...ctx, db: tx, afterCommit: outer }));
    } catch (error) {
      return mapDatabaseError(error);
    }
  }
  const later: (() => unknown)[] = [];
  let result: T;
  try {
    result = await ctx.db.transaction((tx) =>
      fn({ ...ctx, db: tx, afterCommit: (f) => later.push(f) }),
    );
  } catch (error) {
    return mapDatabaseError(error);
  }
  for (const f of later) {
    try {
      await f();
    } catch (error) {
      // Committed is committed: a failing follow-up is logged, never turned into a failure.
      log.error({ err: error }, 'after-commit step failed');
    }
  }
  return result;
}
