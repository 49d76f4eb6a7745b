import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { isUuid } from '../db/ids.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { authorize, can } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { transition } from '../lifecycle/transition.ts';
import {
  callCategories,
  callCriteria,
  innovationCalls,
  type CallCategory,
  type InnovationCall,
} from './schema.ts';
import { callMachine } from './lifecycle.ts';
import { callFormSchema, editSchema } from './form.ts';
import { evaluationStarted, requireReason } from './rules-lock.ts';
import { DEFAULT_CATEGORIES, DEFAULT_CHECKLIST } from './default-categories.ts';
import { DEFAULT_RUBRIC } from '../calls/rubric.ts';
import { setCategories } from './categories.ts';
import { assertOwnDepartments } from './departments-check.ts';
import { withKeys } from './lines.ts';

/**
 * Creates a call as a draft from the call form (texts per language, dates in the organisation's
 * time zone or Date objects, audience, submissions, categories — the defaults when none are
 * named —, tags, anonymity, checklist, winners, support), with the default rubric.
 */
export async function createCall(ctx: Ctx, input: unknown): Promise<InnovationCall> {
  authorize(ctx.actor, 'call.create');
  const { categories, checklist, ...data } = parseInput(callFormSchema(ctx.org.timeZone), input);
  return inTransaction(ctx, async (tx) => {
    await assertOwnDepartments(tx.db, ctx.org.id, data.eligibleDepartmentIds);
    const [call] = await tx.db
      .insert(innovationCalls)
      .values({
        organisationId: ctx.org.id,
        ...data,
        checklist: checklist.length ? withKeys(checklist) : DEFAULT_CHECKLIST,
        createdBy: ctx.actor!.userId,
      })
      .returning();
    const names = categories.length ? categories : DEFAULT_CATEGORIES.map((c) => c.name);
    const keys = await setCategories(tx.db, ctx.org.id, call!.id, names);
    await tx.db.insert(callCriteria).values(
      DEFAULT_RUBRIC.map((c, position) => ({
        organisationId: ctx.org.id,
        callId: call!.id,
        key: c.key,
        name: c.name,
        description: c.description ?? null,
        weight: c.weight,
        levels: c.levels ?? [],
        position,
      })),
    );
    await recordAudit(tx.db, tx, {
      action: 'call.create',
      resourceType: 'innovation_call',
      resourceId: call!.id,
      after: { ...call, categories: keys, rubric: DEFAULT_RUBRIC.map((c) => c.key) },
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

/**
 * Edits a call's configuration. The edit carries the version it was made on (a stale one is a
 * conflict, never a silent overwrite). Once submission opened, a change needs a reason, kept in
 * the audit entry; once evaluation started, the anonymity towards the jury stays as it was.
 */
export async function updateCall(
  ctx: Ctx,
  callId: string,
  input: unknown,
): Promise<InnovationCall> {
  const { version, changeReason } = parseInput(editSchema, input);
  const { categories, checklist, ...data } = parseInput(callFormSchema(ctx.org.timeZone), input);
  return inTransaction(ctx, async (tx) => {
    const before = await callMachine.lock(tx, callId);
    authorize(tx.actor, 'call.configure', before);
    if (before.version !== version) throw new Conflict('calls.changed_meanwhile');
    requireReason(before, tx.now(), changeReason);
    await assertOwnDepartments(tx.db, ctx.org.id, data.eligibleDepartmentIds);
    if (
      data.anonymousToJury !== before.anonymousToJury &&
      (await evaluationStarted(tx.db, before.id))
    ) {
      throw new Invalid({ anonymousToJury: 'calls.locked_in_evaluation' });
    }
    const keys = await setCategories(tx.db, ctx.org.id, before.id, categories);
    const previous = new Map(before.checklist.map((c) => [c.label.ro.toLowerCase(), c.key]));
    const [after] = await tx.db
      .update(innovationCalls)
      .set({
        ...data,
        checklist: withKeys(
          checklist.length ? checklist : before.checklist.map((c) => c.label),
          (l) => previous.get(l.ro.toLowerCase()),
        ),
        version: before.version + 1,
        updatedAt: tx.now(),
      })
      .where(eq(innovationCalls.id, before.id))
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'call.update',
      resourceType: 'innovation_call',
      resourceId: before.id,
      before: changed(before, after!),
      after: {
        ...changed(after!, before),
        categories: keys,
        ...(changeReason ? { changeReason } : {}),
      },
    });
    return after!;
  });
}

/** The fields of `a` that differ from `b` (what an audit entry of an edit keeps). */
function changed(a: InnovationCall, b: InnovationCall) {
  return Object.fromEntries(
    Object.entries(a).filter(
      ([k, v]) =>
        k !== 'updatedAt' && JSON.stringify(v) !== JSON.stringify(b[k as keyof InnovationCall]),
    ),
  );
}
