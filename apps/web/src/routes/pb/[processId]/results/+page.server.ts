import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { getResults } from '#lib/server/pb/results.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, (ctx) => getResults(ctx, event.params.processId));
