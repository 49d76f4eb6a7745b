import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { getProcess } from '#lib/server/pb/processes.ts';
import { codeCounts, generateCodes } from '#lib/server/pb/codes.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const { process } = await getProcess(ctx, event.params.processId);
    authorize(ctx.actor, 'pb.codes.manage', process);
    return { process, counts: await codeCounts(ctx, process.id) };
  });

export const actions: Actions = {
  /** The codes appear in this answer only: the page to print. */
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      generateCodes(ctx, event.params.processId, raw),
    );
    if (!('done' in result)) return result;
    return { batch: result.value.batch, codes: result.value.codes };
  },
};
