import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { listPbProposals } from '#lib/server/pb-proposals/queries.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, (ctx) => listPbProposals(ctx, event.params.processId));
