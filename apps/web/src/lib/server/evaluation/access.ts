import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { isUuid } from '../db/ids.ts';
import { NotFound } from '../errors.ts';
import type { TxCtx } from '../module.ts';
import { authorize, can } from '../permissions/can.ts';
import { memberships, users } from '../accounts/schema.ts';
import { innovationCalls } from '../calls/schema.ts';
import { getCall } from '../calls/service.ts';
import { proposals } from '../proposals/schema.ts';
import type { Assigned } from './permissions.ts';
import { evaluationAssignments } from './schema.ts';

/** A call whose evaluation this actor runs (NotFound for one they may not see, else Forbidden). */
export async function managedCall(ctx: Ctx, callId: string) {
  const call = await getCall(ctx, callId);
  authorize(ctx.actor, 'evaluation.manage', call);
  return call;
}

/**
 * One of the actor's own assignments, locked for the rest of the transaction when asked.
 * Someone else's assignment is "not found": its existence is not revealed.
 */
export async function loadAssignment(ctx: Ctx | TxCtx, id: string, lock = false) {
  if (!isUuid(id)) throw new NotFound('evaluation_assignment');
  const query = ctx.db
    .select({
      assignment: evaluationAssignments,
      proposal: { state: proposals.state, id: proposals.id, callId: proposals.callId },
      call: innovationCalls,
    })
    .from(evaluationAssignments)
    .innerJoin(proposals, eq(proposals.id, evaluationAssignments.proposalId))
    .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
    .where(
      and(eq(evaluationAssignments.id, id), eq(evaluationAssignments.organisationId, ctx.org.id)),
    );
  const [row] = lock ? await query.for('update', { of: evaluationAssignments }) : await query;
  if (!row || !can(ctx.actor, 'evaluation.read_assignment', row as Assigned)) {
    throw new NotFound('evaluation_assignment');
  }
  return row;
}

/** The organisation's evaluators (members holding the role, accounts not erased), by name. */
export function evaluatorsOf(ctx: Ctx) {
  return ctx.db
    .select({ userId: users.id, name: users.name, email: users.email, roles: memberships.roles })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, ctx.org.id),
        sql`'evaluator' = any(${memberships.roles})`,
        isNull(users.erasedAt),
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
}
