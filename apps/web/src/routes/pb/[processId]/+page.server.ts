import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { getProcess } from '#lib/server/pb/processes.ts';
import { can } from '#lib/server/permissions/can.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const view = await getProcess(ctx, event.params.processId);
    return {
      ...view,
      canManage: can(ctx.actor, 'pb.process.manage', view.process),
      votingOpen: view.process.state === 'voting',
      resultsOpen: can(ctx.actor, 'pb.results.read', view.process),
    };
  });
