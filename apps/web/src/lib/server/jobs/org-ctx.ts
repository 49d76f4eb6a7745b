import type { JobCtx, TxCtx } from '../module.ts';

/**
 * A job's ctx as the domain's commands take it (a TxCtx), for jobs queued for an organisation.
 * The actor is null: domain functions that authorise a person must offer a system path.
 */
export function orgCtx(ctx: JobCtx): TxCtx {
  if (!ctx.org) throw new Error(`job ${ctx.job.kind} has no organisation`);
  return { ...ctx, org: ctx.org };
}
