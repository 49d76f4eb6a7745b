import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { readPage } from '#lib/server/lists/paging.ts';
import { pagedRanking } from '#lib/server/evaluation/admin-views.ts';
import { decide } from '#lib/server/evaluation/decide.ts';
import { publishedResult, publishResults } from '#lib/server/evaluation/results.ts';

/**
 * Each proposal has its own decision form: its justification field's id carries the proposal's
 * id, so the error summary links to the right one.
 */
function fieldPerProposal<T>(result: T, proposalId: unknown): T {
  const errors = (result as { data?: { errors?: Record<string, unknown> } }).data?.errors;
  if (errors?.decisionJustification && typeof proposalId === 'string') {
    errors[`decision-${proposalId}`] = errors.decisionJustification;
    delete errors.decisionJustification;
  }
  return result;
}

/** The ranking with its spread, the committee's decisions, and publishing the results. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const ranking = await pagedRanking(
      ctx,
      event.params.callId,
      readPage(event.url.searchParams.get('page')),
    );
    return { ...ranking, published: await publishedResult(ctx, ranking.call.id) };
  });

export const actions: Actions = {
  decide: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => decide(ctx, event.params.callId, raw));
    if (!('done' in result)) return fieldPerProposal(result, raw.proposalId);
    return { selected: result.value.state === 'selected' };
  },
  publish: async (event) => {
    const { values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => publishResults(ctx, event.params.callId));
    if (!('done' in result)) return result;
    return { published: true };
  },
};
