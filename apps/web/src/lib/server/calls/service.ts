import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { isUuid } from '../db/ids.ts';
import { NotFound } from '../errors.ts';
import { authorize, can } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { transition } from '../lifecycle/transition.ts';
import {
  callCategories,
  innovationCalls,
  type CallCategory,
  type InnovationCall,
} from './schema.ts';
import { callMachine } from './lifecycle.ts';
import { callFormSchema } from './form.ts';
import { DEFAULT_CATEGORIES } from './default-categories.ts';

/**
 * Creates a call as a draft, with the default categories. The input is the call form's fields
 * (texts per language, audience, dates in the organisation's time zone, or Date objects).
 */
export async function createCall(ctx: Ctx, input: unknown): Promise<InnovationCall> {
  authorize(ctx.actor, 'call.create');
  const data = parseInput(callFormSchema(ctx.org.timeZone), input);
  return inTransaction(ctx, async (tx) => {
    const [call] = await tx.db
      .insert(innovationCalls)
      .values({ organisationId: ctx.org.id, ...data, createdBy: ctx.actor!.userId })
      .returning();
    await tx.db.insert(callCategories).values(
      DEFAULT_CATEGORIES.map((c, position) => ({
        organisationId: ctx.org.id,
        callId: call!.id,
        position,
        ...c,
      })),
    );
    await recordAudit(tx.db, tx, {
      action: 'call.create',
      resourceType: 'innovation_call',
      resourceId: call!.id,
      after: { ...call, categories: DEFAULT_CATEGORIES.map((c) => c.key) },
    });
    return call!;
  });
}

/** Publishes, closes or reopens a call (the lifecycle table says who may, from which state). */
export const transitionCall = (ctx: Ctx, callId: string, name: unknown) =>
  transition(ctx, callMachine, callId, name);

/** Calls this actor may see, newest first. */
export async function listCalls(ctx: Ctx): Promise<InnovationCall[]> {
  const rows = await ctx.db
    .select()
    .from(innovationCalls)
    .where(eq(innovationCalls.organisationId, ctx.org.id))
    .orderBy(desc(innovationCalls.opensAt));
  return rows.filter((c) => can(ctx.actor, 'call.read', c));
}

/** One call with its categories; a call the actor may not see is "not found", not "forbidden". */
export async function getCall(
  ctx: Ctx,
  callId: string,
): Promise<InnovationCall & { categories: CallCategory[] }> {
  if (!isUuid(callId)) throw new NotFound('innovation_call');
  const [call] = await ctx.db
    .select()
    .from(innovationCalls)
    .where(and(eq(innovationCalls.id, callId), eq(innovationCalls.organisationId, ctx.org.id)));
  if (!call || !can(ctx.actor, 'call.read', call)) throw new NotFound('innovation_call');
  const categories = await categoriesOf(ctx, [call.id]);
  return { ...call, categories };
}

export function categoriesOf(ctx: Ctx, callIds: string[]) {
  if (!callIds.length) return Promise.resolve([]);
  return ctx.db
    .select()
    .from(callCategories)
    .where(
      and(inArray(callCategories.callId, callIds), eq(callCategories.organisationId, ctx.org.id)),
    )
    .orderBy(asc(callCategories.position));
}

/** Whether the call takes proposals at this moment: open, and within its dates. */
export function isAcceptingProposals(call: InnovationCall, now: Date) {
  return call.state === 'open' && call.opensAt <= now && now < call.closesAt;
}
