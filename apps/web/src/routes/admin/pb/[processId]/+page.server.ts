import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { authorize, can } from '#lib/server/permissions/can.ts';
import { addProject, getProcess, transitionProcess } from '#lib/server/pb/processes.ts';
import { setDomainLimit, updateBallotRule } from '#lib/server/pb/rules.ts';
import { BALLOT_KINDS, COUNTING_RULES } from '#lib/server/pb/ballot-rule.ts';
import { votingHasOpened } from '#lib/server/pb/phases.ts';

/** The rule as the form shows it: amounts in whole euros, empty for "no limit". */
function ruleValues(view: Awaited<ReturnType<typeof getProcess>>): Record<string, string> {
  const r = view.process.ballotRule;
  const s = (v: number | null) => (v === null ? '' : String(v));
  return {
    kind: r.kind,
    minProjects: String(r.minProjects),
    maxProjects: s(r.maxProjects),
    perDomainMax: s(r.perDomainMax),
    irrevocable: r.irrevocable ? 'on' : '',
    budgetLimit: r.budgetLimit === null ? '' : String(r.budgetLimit / 100),
    minBudgetSharePercent: s(r.minBudgetSharePercent),
    points: s(r.points),
    maxPointsPerProject: s(r.maxPointsPerProject),
    countingRule: view.process.countingRule,
    maxWinners: String(view.process.maxWinners),
  };
}

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const view = await getProcess(ctx, event.params.processId);
    authorize(ctx.actor, 'pb.process.manage', view.process);
    return {
      ...view,
      locked: votingHasOpened(view.process.state),
      ruleValues: ruleValues(view),
      kinds: BALLOT_KINDS,
      countingRules: COUNTING_RULES,
      canCodes: can(ctx.actor, 'pb.codes.manage', view.process),
      // Counts (lab, results) are sealed while votes are cast and validated (decision 054).
      countsOpen:
        votingHasOpened(view.process.state) && can(ctx.actor, 'pb.lab.read', view.process),
    };
  });

export const actions: Actions = {
  /** Moves the process to its next phase (the lifecycle table and its guards decide). */
  phase: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      transitionProcess(ctx, event.params.processId, raw.name),
    );
    if (!('done' in result)) return result;
    return { done: 'pb.phase.moved' as const };
  },
  rules: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      updateBallotRule(ctx, event.params.processId, raw),
    );
    if (!('done' in result)) return result;
    return { done: 'pb.rule.saved' as const };
  },
  domainLimit: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      setDomainLimit(ctx, event.params.processId, { ...raw, domainId: raw.limitDomainId }),
    );
    if (!('done' in result)) return result;
    return { done: 'pb.rule.saved' as const };
  },
  project: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      addProject(ctx, event.params.processId, raw),
    );
    if (!('done' in result)) return result;
    return { done: 'pb.project.added' as const };
  },
};
