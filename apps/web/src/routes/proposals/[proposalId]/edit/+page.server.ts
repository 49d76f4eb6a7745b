import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { runAction, runLoad } from '#lib/server/http/run-action.ts';
import { getProposal, transitionProposal, updateProposal } from '#lib/server/proposals/service.ts';
import { getCall } from '#lib/server/calls/service.ts';
import { draftSchema, submitSchema } from '#lib/server/proposals/form.ts';
import { parseForm } from '#lib/server/http/parse-form.ts';
import { authorize } from '#lib/server/permissions/can.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const { proposal, call } = await getProposal(ctx, event.params.proposalId);
    authorize(ctx.actor, 'proposal.edit', { proposal, call });
    const { categories } = await getCall(ctx, call.id);
    return { proposal, call, categories };
  });

async function save(event: Parameters<Actions[string]>[0], submit: boolean) {
  const form = await parseForm(event.request, submit ? submitSchema : draftSchema);
  if (!form.ok) return fail(400, form);
  const result = await runAction(event, form.values, async (ctx) => {
    const updated = await updateProposal(ctx, event.params.proposalId, form.data);
    return submit ? transitionProposal(ctx, updated.id, 'submit') : updated;
  });
  if ('id' in result) redirect(303, `/proposals/${result.id}?${submit ? 'submitted' : 'saved'}=1`);
  return result;
}

export const actions: Actions = {
  save: (event) => save(event, false),
  submit: (event) => save(event, true),
};
