import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { checklistValues } from '#lib/server/validation/checklist.ts';
import { getPbProposal } from '#lib/server/pb-proposals/queries.ts';
import { transitionPbProposal } from '#lib/server/pb-proposals/commands.ts';
import { saveAnalysis } from '#lib/server/pb-proposals/analysis.ts';
import { appeal, decideAppeal } from '#lib/server/pb-proposals/appeals.ts';
import { answerInvitation, inviteMember } from '#lib/server/pb-proposals/members.ts';
import type { Ctx } from '#lib/server/context.ts';
import type { MessageKey } from '#lib/i18n/message.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const view = await getPbProposal(ctx, event.params.proposalId);
    const cost = view.proposal.cityCost;
    return {
      ...view,
      analysisValues: {
        version: String(view.proposal.version),
        cityCost: cost ? String(cost / 100) : '',
        ...checklistValues(view.rules.checklist, view.proposal.analysis),
      } as Record<string, string>,
    };
  });

type Event = Parameters<Actions[string]>[0];

/** Runs one command of the page with the posted fields; success shows `notice` above the page. */
async function act(
  event: Event,
  notice: MessageKey,
  fn: (ctx: Ctx, raw: Record<string, unknown>) => Promise<unknown>,
) {
  const { raw, values } = await readForm(event.request);
  const result = await perform(event, values, (ctx) => fn(ctx, raw));
  // Which form failed: the page shows the errors beside that one.
  if (!('done' in result))
    return fail(result.status, { ...result.data, form: String(raw.form ?? '') });
  return { notice };
}

const id = (event: Event) => event.params.proposalId!;

export const actions: Actions = {
  step: (event) =>
    act(event, 'pb_proposals.notice.step', (ctx, raw) =>
      transitionPbProposal(ctx, id(event), raw.name, raw),
    ),
  invite: (event) =>
    act(event, 'pb_proposals.notice.invited', (ctx, raw) => inviteMember(ctx, id(event), raw)),
  accept: (event) =>
    act(event, 'pb_proposals.notice.accepted', (ctx) => answerInvitation(ctx, id(event), true)),
  decline: (event) =>
    act(event, 'pb_proposals.notice.declined', (ctx) => answerInvitation(ctx, id(event), false)),
  analyse: (event) =>
    act(event, 'pb_proposals.notice.analysed', (ctx, raw) => saveAnalysis(ctx, id(event), raw)),
  appeal: (event) =>
    act(event, 'pb_proposals.notice.appealed', (ctx, raw) => appeal(ctx, id(event), raw)),
  decide: (event) =>
    act(event, 'pb_proposals.notice.decided', (ctx, raw) => decideAppeal(ctx, id(event), raw)),
};
