import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { getProposal } from '#lib/server/proposals/queries.ts';
import { transitionProposal, updateProposal } from '#lib/server/proposals/commands.ts';
import { getCall } from '#lib/server/calls/service.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { departmentTree } from '#lib/server/organisations/department-tree.ts';
import { proposalFormValues, proposalPostedValues } from '#lib/server/proposals/form-values.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const { proposal, call } = await getProposal(ctx, event.params.proposalId);
    authorize(ctx.actor, 'proposal.edit', { proposal, call });
    const { categories } = await getCall(ctx, call.id);
    return {
      proposal,
      call,
      categories,
      values: proposalFormValues(proposal),
      departments: await departmentTree(ctx.db, ctx.org.id),
    };
  });

export const actions: Actions = {
  save: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, proposalPostedValues(raw, values), (ctx) =>
      updateProposal(ctx, event.params.proposalId, raw),
    );
    if (!('done' in result)) return result;
    redirect(303, `/proposals/${result.value.id}?saved=1`);
  },
  /** The edited text and the submission: one transition, one transaction. */
  submit: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, proposalPostedValues(raw, values), (ctx) =>
      transitionProposal(ctx, event.params.proposalId, 'submit', raw),
    );
    if (!('done' in result)) return result;
    redirect(303, `/proposals/${result.value.id}?submitted=1`);
  },
};
