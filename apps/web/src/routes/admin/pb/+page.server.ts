import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { authorize, can } from '#lib/server/permissions/can.ts';
import { listProcesses } from '#lib/server/pb/processes.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    authorize(ctx.actor, 'pb.process.administer');
    const processes = (await listProcesses(ctx)).map((p) => ({
      ...p,
      // Counts are sealed while votes are cast and validated (decision 054).
      labOpen: !!p.votingOpenedAt && can(ctx.actor, 'pb.lab.read', p),
    }));
    return { processes, canCreate: can(ctx.actor, 'pb.process.create') };
  });
