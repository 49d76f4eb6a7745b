import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { isUuid } from '../db/ids.ts';
import { Conflict, NotFound } from '../errors.ts';
import { authorize, can } from '../permissions/can.ts';
import { countOf, paginate } from '../lists/paging.ts';
import { recordAudit } from '../audit/record.ts';
import { callCategories, innovationCalls } from '../calls/schema.ts';
import { categoriesOf, getCall } from '../calls/service.ts';
import { proposals } from '../proposals/schema.ts';
import { figuresOf, participation, undecidedCount } from './figures.ts';
import { callResults } from './schema.ts';

/**
 * Publishes a call's results once every proposal in evaluation has its decision: the figures
 * are kept as they are at that moment. Publishing again (a double click) changes nothing.
 */
export async function publishResults(ctx: Ctx, callId: string) {
  const call = await getCall(ctx, callId);
  authorize(ctx.actor, 'results.publish', call);
  return inTransaction(ctx, async (tx) => {
    await tx.db
      .select({ id: innovationCalls.id })
      .from(innovationCalls)
      .where(eq(innovationCalls.id, call.id))
      .for('update');
    const [existing] = await tx.db
      .select()
      .from(callResults)
      .where(eq(callResults.callId, call.id));
    if (existing) return existing;
    if ((await undecidedCount(tx, call.id)) > 0) throw new Conflict('results.undecided');
    const rows = await participation(tx.db, ctx.org.id, call.id);
    if (!rows.some((r) => r.state === 'selected' || r.state === 'not_selected')) {
      throw new Conflict('results.nothing_decided');
    }
    const [published] = await tx.db
      .insert(callResults)
      .values({
        organisationId: ctx.org.id,
        callId: call.id,
        publishedAt: tx.now(),
        publishedBy: ctx.actor!.userId,
        figures: figuresOf(rows, call.categories),
      })
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'results.publish',
      resourceType: 'innovation_call',
      resourceId: call.id,
      after: published,
    });
    return published!;
  });
}

/** Whether a call's results are out (for the links to them). */
export async function publishedResult(ctx: Ctx, callId: string) {
  const [row] = await ctx.db
    .select()
    .from(callResults)
    .where(and(eq(callResults.callId, callId), eq(callResults.organisationId, ctx.org.id)));
  return row ?? null;
}

/**
 * The public results page: anyone may read a call's results once published, internal call or
 * not (that is the point of publishing). Selected proposals with the committee's reasons, and
 * the figures — no person is named.
 */
export async function callResultsPage(ctx: Ctx, callId: string) {
  if (!isUuid(callId)) throw new NotFound('call_results');
  const result = await publishedResult(ctx, callId);
  // Not published yet: nothing to show, and nothing said about whether the call exists.
  if (!result) throw new NotFound('call_results');
  authorize(ctx.actor, 'results.read', result);
  const [call] = await ctx.db
    .select({ id: innovationCalls.id, title: innovationCalls.title })
    .from(innovationCalls)
    .where(and(eq(innovationCalls.id, callId), eq(innovationCalls.organisationId, ctx.org.id)));
  const categories = await categoriesOf(ctx, [callId]);
  const selected = await ctx.db
    .select({
      id: proposals.id,
      title: proposals.title,
      justification: proposals.decisionJustification,
      categoryName: callCategories.name,
    })
    .from(proposals)
    .innerJoin(callCategories, eq(callCategories.id, proposals.categoryId))
    .where(
      and(
        eq(proposals.organisationId, ctx.org.id),
        eq(proposals.callId, callId),
        eq(proposals.state, 'selected'),
      ),
    )
    .orderBy(asc(callCategories.position), asc(proposals.title));
  return { call: call!, result, categories, selected };
}

export const RESULTS_PAGE_SIZE = 20;

/** Every published result of the organisation, newest first, a page at a time: public. */
export async function publishedResults(ctx: Ctx, page = 1) {
  const where = eq(callResults.organisationId, ctx.org.id);
  const paged = paginate(
    await countOf(ctx.db.select({ n: count() }).from(callResults).where(where)),
    page,
    RESULTS_PAGE_SIZE,
  );
  const rows = await ctx.db
    .select({ result: callResults, title: innovationCalls.title })
    .from(callResults)
    .innerJoin(innovationCalls, eq(innovationCalls.id, callResults.callId))
    .where(where)
    .orderBy(desc(callResults.publishedAt), desc(callResults.id))
    .limit(paged.size)
    .offset(paged.offset);
  const results = rows
    .filter((r) => can(ctx.actor, 'results.read', r.result))
    .map((r) => ({
      callId: r.result.callId,
      title: r.title,
      publishedAt: r.result.publishedAt,
      figures: r.result.figures,
    }));
  return { results, ...paged };
}
