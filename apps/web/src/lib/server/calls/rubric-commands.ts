import { and, count, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import type { TxCtx } from '../module.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Invalid } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { optionalText, text } from '../validation/fields.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { callCriteria, innovationCalls, type InnovationCall } from './schema.ts';
import { callMachine } from './lifecycle.ts';
import { editSchema, wholeNumber } from './form.ts';
import { evaluationStarted, requireReason } from './rules-lock.ts';
import { keyOf, parseLocalizedLines } from './lines.ts';

const levelLine = optionalText({ max: 1000 });

/** One criterion as its form sends it: names and description per language, weight, 5 levels. */
export const criterionSchema = z
  .object({
    key: z
      .string()
      .optional()
      .transform((v) => v?.trim() || undefined)
      .pipe(
        z
          .string()
          .regex(/^[a-z0-9_]{1,64}$/, { message: 'form.invalid' satisfies MessageKey })
          .optional(),
      ),
    name_ro: text({ max: 100 }),
    name_en: optionalText({ max: 100 }),
    name_hu: optionalText({ max: 100 }),
    description_ro: optionalText({ max: 1000, multiline: true }),
    description_en: optionalText({ max: 1000, multiline: true }),
    description_hu: optionalText({ max: 1000, multiline: true }),
    weight: z.preprocess(
      (v) => (typeof v === 'string' ? wholeNumber(v) : v),
      z
        .number({ error: 'calls.number.invalid' satisfies MessageKey })
        .int({ error: 'calls.number.invalid' satisfies MessageKey })
        .min(1, { error: 'calls.number.invalid' satisfies MessageKey })
        .max(100, { error: 'calls.number.invalid' satisfies MessageKey }),
    ),
    level1: levelLine,
    level2: levelLine,
    level3: levelLine,
    level4: levelLine,
    level5: levelLine,
  })
  .transform((f, ctx) => {
    const lines = [f.level1, f.level2, f.level3, f.level4, f.level5];
    const given = lines.filter(Boolean).length;
    if (given !== 0 && given !== 5) {
      ctx.addIssue({
        code: 'custom',
        path: ['level1'],
        message: 'calls.rubric.levels_incomplete' satisfies MessageKey,
      });
      return z.NEVER;
    }
    return {
      key: f.key,
      name: { ro: f.name_ro, en: f.name_en, hu: f.name_hu },
      description: f.description_ro
        ? { ro: f.description_ro, en: f.description_en, hu: f.description_hu }
        : null,
      weight: f.weight,
      levels: given ? lines.map((l) => parseLocalizedLines(l!)[0]!) : [],
    };
  });

/**
 * The rubric changes under the call's rules: a version (no lost edit), a reason once submission
 * opened, and not at all once evaluation started (scores already given would change meaning).
 */
async function lockRubric(tx: TxCtx, callId: string, input: unknown) {
  const { version, changeReason } = parseInput(editSchema, input);
  const call = await callMachine.lock(tx, callId);
  authorize(tx.actor, 'call.configure', call);
  if (call.version !== version) throw new Conflict('calls.changed_meanwhile');
  if (await evaluationStarted(tx.db, call.id)) throw new Conflict('calls.locked_in_evaluation');
  requireReason(call, tx.now(), changeReason);
  return { call, changeReason };
}

async function bumpVersion(tx: TxCtx, call: InnovationCall) {
  await tx.db
    .update(innovationCalls)
    .set({ version: call.version + 1, updatedAt: tx.now() })
    .where(eq(innovationCalls.id, call.id));
}

/** Adds a criterion (no key) or changes the one with this key. */
export async function saveCriterion(ctx: Ctx, callId: string, input: unknown) {
  const data = parseInput(criterionSchema, input);
  return inTransaction(ctx, async (tx) => {
    const { call, changeReason } = await lockRubric(tx, callId, input);
    const where = (key: string) => and(eq(callCriteria.callId, call.id), eq(callCriteria.key, key));
    const [before] = data.key ? await tx.db.select().from(callCriteria).where(where(data.key)) : [];
    if (data.key && !before) throw new Invalid({ form: 'calls.rubric.unknown' });
    const key = before?.key ?? (await freeKey(tx, call.id, keyOf(data.name.en ?? data.name.ro)));
    const fields = {
      name: data.name,
      description: data.description,
      weight: data.weight,
      levels: data.levels,
    };
    const [after] = before
      ? await tx.db.update(callCriteria).set(fields).where(where(key)).returning()
      : await tx.db
          .insert(callCriteria)
          .values({
            organisationId: tx.org.id,
            callId: call.id,
            key,
            position: await nextPosition(tx, call.id),
            ...fields,
          })
          .returning();
    await bumpVersion(tx, call);
    await recordAudit(tx.db, tx, {
      action: before ? 'call.criterion_update' : 'call.criterion_add',
      resourceType: 'innovation_call',
      resourceId: call.id,
      before: before ?? null,
      after: { ...after, ...(changeReason ? { changeReason } : {}) },
    });
    return after!;
  });
}

/** Removes a criterion (never the last one: a call is always scored against something). */
export async function removeCriterion(ctx: Ctx, callId: string, key: unknown, input: unknown) {
  return inTransaction(ctx, async (tx) => {
    const { call, changeReason } = await lockRubric(tx, callId, input);
    const [{ n }] = (await tx.db
      .select({ n: count() })
      .from(callCriteria)
      .where(eq(callCriteria.callId, call.id))) as [{ n: number }];
    const [removed] = await tx.db
      .delete(callCriteria)
      .where(and(eq(callCriteria.callId, call.id), eq(callCriteria.key, String(key))))
      .returning();
    if (!removed) throw new Invalid({ form: 'calls.rubric.unknown' });
    if (n <= 1) throw new Invalid({ form: 'calls.rubric.last' });
    await bumpVersion(tx, call);
    await recordAudit(tx.db, tx, {
      action: 'call.criterion_remove',
      resourceType: 'innovation_call',
      resourceId: call.id,
      before: removed,
      after: changeReason ? { changeReason } : null,
    });
    return removed;
  });
}

async function freeKey(tx: TxCtx, callId: string, base: string) {
  const taken = new Set(
    (
      await tx.db
        .select({ key: callCriteria.key })
        .from(callCriteria)
        .where(eq(callCriteria.callId, callId))
    ).map((r) => r.key),
  );
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base.slice(0, 60)}_${i}`;
  return key;
}

async function nextPosition(tx: TxCtx, callId: string) {
  const [row] = await tx.db
    .select({ p: max(callCriteria.position) })
    .from(callCriteria)
    .where(eq(callCriteria.callId, callId));
  return (row?.p ?? -1) + 1;
}
