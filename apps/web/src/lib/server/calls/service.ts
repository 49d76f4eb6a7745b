import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { isUuid } from '../db/ids.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { authorize, can } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import type { LocalizedText } from '../db/columns.ts';
import {
  callCategories,
  innovationCalls,
  type CallCategory,
  type InnovationCall,
} from './schema.ts';
import { callTransitions, type CallTransition } from './lifecycle.ts';
import { DEFAULT_CATEGORIES } from './default-categories.ts';

export interface CallInput {
  title: LocalizedText;
  description: LocalizedText;
  audience: 'internal' | 'public';
  opensAt: Date;
  closesAt: Date;
  categories?: { key: string; name: LocalizedText }[];
}

export async function createCall(ctx: Ctx, input: CallInput): Promise<InnovationCall> {
  authorize(ctx.actor, 'call.create');
  if (input.closesAt <= input.opensAt)
    throw new Invalid({ closesAt: 'calls.closes_at.before_opens' });
  return inTransaction(ctx, async (tx) => {
    const [call] = await tx.db
      .insert(innovationCalls)
      .values({
        organisationId: ctx.org.id,
        title: input.title,
        description: input.description,
        audience: input.audience,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        createdBy: ctx.actor!.userId,
      })
      .returning();
    const categories = input.categories?.length ? input.categories : DEFAULT_CATEGORIES;
    await tx.db.insert(callCategories).values(
      categories.map((c, position) => ({
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
      after: { ...call, categories: categories.map((c) => c.key) },
    });
    return call!;
  });
}

export async function transitionCall(ctx: Ctx, callId: string, name: CallTransition) {
  return inTransaction(ctx, async (tx) => {
    const call = await lockCall(tx, callId);
    authorize(tx.actor, 'call.manage', call);
    const t = callTransitions[name];
    if (!(t.from as readonly string[]).includes(call.state))
      throw new Conflict('errors.state_changed');
    const [after] = await tx.db
      .update(innovationCalls)
      .set({ state: t.to, updatedAt: tx.now() })
      .where(eq(innovationCalls.id, call.id))
      .returning();
    await recordAudit(tx.db, tx, {
      action: `call.${name}`,
      resourceType: 'innovation_call',
      resourceId: call.id,
      before: { state: call.state },
      after: { state: after!.state },
    });
    return after!;
  });
}

async function lockCall(ctx: Ctx, callId: string) {
  if (!isUuid(callId)) throw new NotFound('innovation_call');
  const [call] = await ctx.db
    .select()
    .from(innovationCalls)
    .where(and(eq(innovationCalls.id, callId), eq(innovationCalls.organisationId, ctx.org.id)))
    .for('update');
  if (!call) throw new NotFound('innovation_call');
  return call;
}

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
