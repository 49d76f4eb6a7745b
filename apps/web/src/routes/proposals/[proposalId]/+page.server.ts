import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { getProposal, mergeCandidates, mergedInto } from '#lib/server/proposals/queries.ts';
import { transitionProposal } from '#lib/server/proposals/commands.ts';
import { proposalMachine, TRANSITION_FIELDS } from '#lib/server/proposals/lifecycle.ts';
import { transitionsFor } from '#lib/server/lifecycle/transition.ts';
import { can } from '#lib/server/permissions/can.ts';
import type { MessageKey } from '#lib/i18n/message.ts';

const NOTICES = { submitted: 'proposals.submitted', saved: 'proposals.saved' } as const;

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const { proposal, call } = await getProposal(ctx, event.params.proposalId);
    const resource = { proposal, call };
    const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((k) =>
      event.url.searchParams.has(k),
    );
    const transitions = transitionsFor(proposalMachine, ctx.actor, resource);
    return {
      proposal,
      call,
      canEdit: can(ctx.actor, 'proposal.edit', resource),
      steps: transitions.map((name) => ({ name, field: TRANSITION_FIELDS[name] ?? null })),
      mergeCandidates: transitions.includes('merge') ? await mergeCandidates(ctx, proposal) : [],
      mergedInto: await mergedInto(ctx, proposal),
      notice: notice ? NOTICES[notice] : null,
    };
  });

const DONE = { submitted: 'proposals.submitted', withdrawn: 'proposals.withdrawn' } as const;

export const actions: Actions = {
  /** Any step of the lifecycle: the table decides which, for whom, with what input. */
  transition: async (event) => {
    const { raw, values } = await readForm(event.request);
    const { name, ...input } = raw;
    const result = await perform(event, values, (ctx) =>
      transitionProposal(ctx, event.params.proposalId, name, input),
    );
    if (!('done' in result)) return result;
    const state = result.value.state;
    const done: MessageKey =
      state === 'submitted' || state === 'withdrawn' ? DONE[state] : 'proposals.step_done';
    return { done };
  },
};
