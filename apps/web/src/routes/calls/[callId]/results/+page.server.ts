import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { callResultsPage } from '#lib/server/evaluation/results.ts';

/** A call's published results: public, to anyone. */
export const load: PageServerLoad = (event) =>
  runLoad(event, (ctx) => callResultsPage(ctx, event.params.callId));
