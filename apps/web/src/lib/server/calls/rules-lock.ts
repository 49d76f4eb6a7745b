import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { Invalid } from '../errors.ts';
import { proposals } from '../proposals/schema.ts';
import type { InnovationCall } from './schema.ts';

/**
 * A call's rules lock once submission opens: people are writing to them. From then on an
 * administrator may still change them, but only with a recorded reason (in the audit entry).
 */
export const rulesLocked = (call: Pick<InnovationCall, 'state' | 'opensAt'>, now: Date) =>
  call.state !== 'draft' && call.opensAt <= now;

/** Refuses a change to locked rules that gives no reason. */
export function requireReason(call: InnovationCall, now: Date, reason: string | undefined) {
  if (rulesLocked(call, now) && !reason) {
    throw new Invalid({ changeReason: 'calls.change_reason.required' });
  }
}

const EVALUATED = ['in_evaluation', 'shortlisted', 'selected', 'not_selected'] as const;

/**
 * Once a proposal of the call is in evaluation, what the jury works with — the rubric and the
 * anonymity — no longer changes at all, reason or not: scores already given would mean
 * something else, and a blind jury cannot be un-told.
 */
export async function evaluationStarted(db: Queryable, callId: string) {
  const [row] = await db
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(eq(proposals.callId, callId), inArray(proposals.state, [...EVALUATED])))
    .limit(1);
  return !!row;
}
