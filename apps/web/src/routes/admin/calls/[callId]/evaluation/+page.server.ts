import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { readPage } from '#lib/server/lists/paging.ts';
import { evaluationProgress } from '#lib/server/evaluation/admin-views.ts';
import { evaluatorsOf } from '#lib/server/evaluation/access.ts';
import { assignEvaluators, removeAssignment } from '#lib/server/evaluation/assign.ts';
import { eligibleWaiting, startEvaluation } from '#lib/server/evaluation/start.ts';

/**
 * Starting the evaluation of a call's eligible proposals, assigning evaluators to them, and
 * following their progress.
 */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const progress = await evaluationProgress(
      ctx,
      event.params.callId,
      readPage(event.url.searchParams.get('page')),
    );
    const evaluators = (await evaluatorsOf(ctx)).map(({ userId, name }) => ({ userId, name }));
    return {
      ...progress,
      pool: evaluators,
      eligible: await eligibleWaiting(ctx, progress.call.id),
    };
  });

export const actions: Actions = {
  start: async (event) => {
    const { values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => startEvaluation(ctx, event.params.callId));
    if (!('done' in result)) return result;
    return result.value;
  },
  assign: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      assignEvaluators(ctx, event.params.callId, raw),
    );
    if (!('done' in result)) return result;
    return { assigned: result.value };
  },
  unassign: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      removeAssignment(ctx, event.params.callId, String(raw.assignmentId ?? '')),
    );
    if (!('done' in result)) return result;
    return { done: 'evaluation.unassigned' as const };
  },
};
