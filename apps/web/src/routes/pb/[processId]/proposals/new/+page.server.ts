import { randomUUID } from 'node:crypto';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { getProcess } from '#lib/server/pb/processes.ts';
import { declareParticipation } from '#lib/server/pb/voters.ts';
import { proposerStatus } from '#lib/server/pb-proposals/proposers.ts';
import { proposalRulesOf } from '#lib/server/pb-proposals/rules.ts';
import { createPbProposal } from '#lib/server/pb-proposals/commands.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const view = await getProcess(ctx, event.params.processId);
    return {
      ...view,
      status: await proposerStatus(ctx, view.process, view.phases),
      rules: await proposalRulesOf(ctx.db, view.process.id),
      // A fresh token per rendered form: the same form posted twice is one proposal.
      defaults: { clientToken: randomUUID(), intent: 'submit' } as Record<string, string>,
      signInHref: `/account/sign-in?returnTo=${encodeURIComponent(event.url.pathname)}`,
    };
  });

export const actions: Actions = {
  /** Relation to the city and birth year: the process's eligibility, declared once. */
  declare: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, async (ctx) => {
      const { process } = await getProcess(ctx, event.params.processId);
      return declareParticipation(ctx, process, raw);
    });
    if (!('done' in result)) return result;
    return { declared: true };
  },
  create: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      createPbProposal(ctx, event.params.processId, raw),
    );
    if (!('done' in result)) return result;
    redirect(303, `/pb/${event.params.processId}/proposals/${result.value.id}`);
  },
};
