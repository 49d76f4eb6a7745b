import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { runAction, runLoad } from '#lib/server/http/run-action.ts';
import { getCall } from '#lib/server/calls/service.ts';
import { createProposal, transitionProposal } from '#lib/server/proposals/service.ts';
import { clientTokenSchema, draftSchema, submitSchema } from '#lib/server/proposals/form.ts';
import { parseFormData } from '#lib/server/http/parse-form.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { uuidv7 } from '#lib/server/db/ids.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const call = await getCall(ctx, event.params.callId);
    authorize(ctx.actor, 'call.propose', call);
    return { call, clientToken: uuidv7() };
  });

async function create(event: Parameters<Actions[string]>[0], submit: boolean) {
  const form = await event.request.formData().catch(() => new FormData());
  const token = clientTokenSchema.safeParse({ clientToken: form.get('clientToken') });
  const parsed = parseFormData(form, submit ? submitSchema : draftSchema);
  if (!token.success || !parsed.ok) {
    return fail(400, {
      errors: parsed.ok ? { form: { key: 'form.invalid' as const } } : parsed.errors,
      values: parsed.values,
    });
  }
  const result = await runAction(event, parsed.values, async (ctx) => {
    const proposal = await createProposal(
      ctx,
      event.params.callId,
      parsed.data,
      token.data.clientToken,
    );
    if (submit && proposal.state === 'draft') await transitionProposal(ctx, proposal.id, 'submit');
    return proposal;
  });
  if ('id' in result) redirect(303, `/proposals/${result.id}?${submit ? 'submitted' : 'saved'}=1`);
  return result;
}

export const actions: Actions = {
  save: (event) => create(event, false),
  submit: (event) => create(event, true),
};
