import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { isAcceptingProposals, transitionCall } from '#lib/server/calls/service.ts';
import { callMachine } from '#lib/server/calls/lifecycle.ts';
import { listProposals } from '#lib/server/proposals/queries.ts';
import { can } from '#lib/server/permissions/can.ts';
import { transitionsFor } from '#lib/server/lifecycle/transition.ts';
import { queryText } from '#lib/server/validation/fields.ts';
import { pageParam } from '#lib/server/lists/paging.ts';
import { publishedResult } from '#lib/server/evaluation/results.ts';
import { staffVoteLink } from '#lib/server/staff-votes/queries.ts';

const listQuery = z.object({ category: queryText(100), q: queryText(200), page: pageParam });

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const query = listQuery.parse(Object.fromEntries(event.url.searchParams));
    const q = query.q?.trim() || undefined;
    const result = await listProposals(ctx, event.params.callId, {
      categoryKey: query.category || undefined,
      q,
      page: query.page,
    });
    const { call } = result;
    return {
      ...result,
      filters: { category: query.category ?? '', q: q ?? '' },
      accepting: isAcceptingProposals(call, ctx.now()),
      canPropose: can(ctx.actor, 'call.propose', call),
      transitions: transitionsFor(callMachine, ctx.actor, call),
      canConfigure: can(ctx.actor, 'call.configure', call),
      updated: event.url.searchParams.has('updated'),
      // Published results are public: the call's page leads to them.
      hasResults: (await publishedResult(ctx, call.id)) !== null,
      // The staff vote's booth, to the staff who may see it (decision 058).
      staffVote: await staffVoteLink(ctx, call.id),
    };
  });

export const actions: Actions = {
  /** Publish, close, reopen: the lifecycle table decides which, for whom. */
  transition: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      transitionCall(ctx, event.params.callId, raw.name),
    );
    if (!('done' in result)) return result;
    return { done: result.value.state };
  },
};
