import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { getCall } from '#lib/server/calls/service.ts';
import { createProposal } from '#lib/server/proposals/commands.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { uuidv7 } from '#lib/server/db/ids.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { departmentTree } from '#lib/server/organisations/department-tree.ts';
import { proposalPostedValues } from '#lib/server/proposals/form-values.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const call = await getCall(ctx, event.params.callId);
    authorize(ctx.actor, 'call.propose', call);
    return { call, clientToken: uuidv7(), departments: await departmentTree(ctx.db, ctx.org.id) };
  });

/** Save as a draft, or submit at once: one command either way. */
async function create(event: Parameters<Actions[string]>[0], intent: 'save' | 'submit') {
  const { raw, values } = await readForm(event.request);
  const result = await perform(event, proposalPostedValues(raw, values), (ctx) =>
    createProposal(ctx, event.params.callId, raw, intent),
  );
  if (!('done' in result)) return result;
  const notice = result.value.state === 'submitted' ? 'submitted' : 'saved';
  redirect(303, `/proposals/${result.value.id}?${notice}=1`);
}

export const actions: Actions = {
  save: (event) => create(event, 'save'),
  submit: (event) => create(event, 'submit'),
};
