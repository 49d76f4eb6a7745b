import type { RequestEvent } from '@sveltejs/kit';
import { perform } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { transitionProposal } from '#lib/server/proposals/commands.ts';
import type { MessageKey } from '#lib/i18n/message.ts';

const DONE = { submitted: 'proposals.submitted', withdrawn: 'proposals.withdrawn' } as const;

/**
 * Any step of the lifecycle, posted from the proposal's page or its formal check: the table
 * decides which, for whom, with what input.
 */
export async function transitionAction(event: RequestEvent<{ proposalId: string }>) {
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
}
