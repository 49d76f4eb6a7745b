import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { getProposal } from '#lib/server/proposals/queries.ts';
import { transitionProposal } from '#lib/server/proposals/commands.ts';
import { proposalMachine } from '#lib/server/proposals/lifecycle.ts';
import { transitionsFor } from '#lib/server/lifecycle/transition.ts';
import { can } from '#lib/server/permissions/can.ts';

const NOTICES = { submitted: 'proposals.submitted', saved: 'proposals.saved' } as const;

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const { proposal, call } = await getProposal(ctx, event.params.proposalId);
    const resource = { proposal, call };
    const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((k) =>
      event.url.searchParams.has(k),
    );
    return {
      proposal,
      call,
      canEdit: can(ctx.actor, 'proposal.edit', resource),
      transitions: transitionsFor(proposalMachine, ctx.actor, resource),
      notice: notice ? NOTICES[notice] : null,
    };
  });

const DONE = { submitted: 'proposals.submitted', withdrawn: 'proposals.withdrawn' } as const;

export const actions: Actions = {
  /** Submit or withdraw: the lifecycle table decides which, for whom. */
  transition: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      transitionProposal(ctx, event.params.proposalId, raw.name),
    );
    if (!('done' in result)) return result;
    const state = result.value.state;
    return { done: state === 'draft' ? null : DONE[state] };
  },
};
