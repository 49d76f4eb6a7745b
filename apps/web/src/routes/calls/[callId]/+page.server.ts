import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { runAction, runLoad } from '#lib/server/http/run-action.ts';
import { isAcceptingProposals, transitionCall } from '#lib/server/calls/service.ts';
import { listProposals } from '#lib/server/proposals/service.ts';
import { can } from '#lib/server/permissions/can.ts';
import { transitionsFrom } from '#lib/server/lifecycle.ts';
import { callTransitions } from '#lib/server/calls/lifecycle.ts';
import { parseForm } from '#lib/server/http/parse-form.ts';
import { choice, queryText } from '#lib/server/http/fields.ts';
import { fail } from '@sveltejs/kit';

const listQuery = z.object({
  category: queryText(100),
  q: queryText(200),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

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
      transitions: can(ctx.actor, 'call.manage', call)
        ? transitionsFrom(callTransitions, call.state)
        : [],
    };
  });

export const actions: Actions = {
  transition: async (event) => {
    const form = await parseForm(
      event.request,
      z.object({ name: choice(['publish', 'close', 'reopen']) }),
    );
    if (!form.ok) return fail(400, form);
    return runAction(event, form.values, async (ctx) => {
      await transitionCall(ctx, event.params.callId, form.data.name);
      return { done: form.data.name };
    });
  },
};
