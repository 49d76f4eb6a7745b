import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { getProposal } from '#lib/server/proposals/queries.ts';
import { saveFormalCheck } from '#lib/server/proposals/formal-check.ts';
import { proposalMachine, TRANSITION_FIELDS } from '#lib/server/proposals/lifecycle.ts';
import { transitionsFor } from '#lib/server/lifecycle/transition.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { checklistValues } from '#lib/server/validation/checklist.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { transitionAction } from '../transition-action.ts';

const REVIEW_STEPS = ['request_clarification', 'mark_eligible', 'mark_ineligible'];

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const { proposal, call } = await getProposal(ctx, event.params.proposalId);
    authorize(ctx.actor, 'proposal.review', { proposal, call });
    const steps = transitionsFor(proposalMachine, ctx.actor, { proposal, call })
      .filter((name) => REVIEW_STEPS.includes(name))
      .map((name) => ({ name, field: TRANSITION_FIELDS[name] ?? null }));
    const values = {
      version: String(proposal.version),
      ...checklistValues(call.checklist, proposal.formalCheck),
    };
    return { proposal, call, checklist: call.checklist, steps, values };
  });

export const actions: Actions = {
  save: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      saveFormalCheck(ctx, event.params.proposalId, raw),
    );
    if (!('done' in result)) return result;
    return { saved: true };
  },
  transition: (event) => transitionAction(event),
};
