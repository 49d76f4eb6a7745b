import { and, eq } from 'drizzle-orm';
import { isUuid } from '../db/ids.ts';
import { NotFound } from '../errors.ts';
import { defineMachine } from '../lifecycle/machine.ts';
import { can } from '../permissions/can.ts';
import { innovationCalls, type InnovationCall } from './schema.ts';

export const CALL_STATES = ['draft', 'open', 'closed'] as const;
export type CallState = (typeof CALL_STATES)[number];

/** A call is drafted, published (open), closed, and may be reopened. */
export const callMachine = defineMachine({
  resourceType: 'innovation_call',
  auditPrefix: 'call',
  transitions: {
    publish: { from: ['draft'], to: 'open', action: 'call.manage' },
    close: { from: ['open'], to: 'closed', action: 'call.manage' },
    reopen: { from: ['closed'], to: 'open', action: 'call.manage' },
  },
  async lock(ctx, id) {
    if (!isUuid(id)) throw new NotFound('innovation_call');
    const [call] = await ctx.db
      .select()
      .from(innovationCalls)
      .where(and(eq(innovationCalls.id, id), eq(innovationCalls.organisationId, ctx.org.id)))
      .for('update');
    // A call the actor may not even read is not found (its existence is not revealed).
    if (!call || !can(ctx.actor, 'call.read', call)) throw new NotFound('innovation_call');
    return call;
  },
  state: (call: InnovationCall): CallState => call.state,
  id: (call) => call.id,
  async apply(ctx, call, step) {
    const [after] = await ctx.db
      .update(innovationCalls)
      .set({ state: step.to, updatedAt: ctx.now() })
      .where(eq(innovationCalls.id, call.id))
      .returning();
    return after!;
  },
  snapshot: (call) => ({ state: call.state }),
});

export type CallTransition = keyof typeof callMachine.transitions;
