import type { Ctx } from '../context.ts';
import type { Tx } from './client.ts';
import { mapDatabaseError } from './errors.ts';

/**
 * The command owns the transaction: everything inside receives a ctx whose db is the
 * transaction, and constraint violations come out as typed errors.
 */
export async function inTransaction<T>(
  ctx: Ctx,
  fn: (ctx: Ctx & { db: Tx }) => Promise<T>,
): Promise<T> {
  try {
    return await ctx.db.transaction((tx) => fn({ ...ctx, db: tx }));
  } catch (error) {
    return mapDatabaseError(error);
  }
}
