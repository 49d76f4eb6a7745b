import { z } from 'zod';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { runAction, runLoad } from '#lib/server/http/run-action.ts';
import { getProposal, transitionProposal } from '#lib/server/proposals/service.ts';
import { can } from '#lib/server/permissions/can.ts';
import { parseForm } from '#lib/server/http/parse-form.ts';
import { choice } from '#lib/server/http/fields.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const { proposal, call } = await getProposal(ctx, event.params.proposalId);
    const resource = { proposal, call };
    return {
      proposal,
      call,
      can: {
        edit: can(ctx.actor, 'proposal.edit', resource),
        submit: can(ctx.actor, 'proposal.submit', resource),
        withdraw: can(ctx.actor, 'proposal.withdraw', resource),
      },
      notice: event.url.searchParams.has('submitted')
        ? ('proposals.submitted' as const)
        : event.url.searchParams.has('saved')
          ? ('proposals.saved' as const)
          : null,
    };
  });

export const actions: Actions = {
  transition: async (event) => {
    const form = await parseForm(event.request, z.object({ name: choice(['submit', 'withdraw']) }));
    if (!form.ok) return fail(400, form);
    return runAction(event, form.values, async (ctx) => {
      await transitionProposal(ctx, event.params.proposalId, form.data.name);
      return {
        done:
          form.data.name === 'submit'
            ? ('proposals.submitted' as const)
            : ('proposals.withdrawn' as const),
      };
    });
  },
};
