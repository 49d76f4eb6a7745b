import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { getProcess } from '#lib/server/pb/processes.ts';
import { phaseIndex } from '#lib/server/pb/phases.ts';
import {
  criteriaLines,
  proposalRulesOf,
  updateProposalRules,
} from '#lib/server/pb-proposals/rules.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const { process } = await getProcess(ctx, event.params.processId);
    authorize(ctx.actor, 'pb.proposal.administer', process);
    const rules = await proposalRulesOf(ctx.db, process.id);
    return {
      process,
      rules,
      locked: phaseIndex(process.state) >= phaseIndex('analysis'),
      defaults: {
        perDomainLimit: String(rules.perDomainLimit),
        minGroupSize: String(rules.minGroupSize),
        criteria_ro: criteriaLines(rules.checklist, 'ro'),
        criteria_en: criteriaLines(rules.checklist, 'en'),
        criteria_hu: criteriaLines(rules.checklist, 'hu'),
      } as Record<string, string>,
    };
  });

export const actions: Actions = {
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      updateProposalRules(ctx, event.params.processId, raw),
    );
    if (!('done' in result)) return result;
    return { saved: true };
  },
};
