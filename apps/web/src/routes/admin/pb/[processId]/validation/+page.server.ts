import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { getProcess } from '#lib/server/pb/processes.ts';
import { anomalies, invalidateBallot, voteStatistics } from '#lib/server/pb/validation.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const { process } = await getProcess(ctx, event.params.processId);
    authorize(ctx.actor, 'pb.validation.manage', process);
    const [stats, flagged] = await Promise.all([
      voteStatistics(ctx, process),
      anomalies(ctx, process),
    ]);
    return { process, stats, flagged };
  });

export const actions: Actions = {
  /** Leaves a roll entry's ballot out of the count, with a reason (audited). */
  invalidate: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      invalidateBallot(ctx, event.params.processId, raw),
    );
    if (!('done' in result)) return result;
    return { invalidated: true };
  },
};
