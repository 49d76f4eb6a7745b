import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { callResultsPage } from '#lib/server/evaluation/results.ts';
import { publishedStaffChoice } from '#lib/server/staff-votes/queries.ts';

/** A call's published results: public, to anyone; the staff's choice beside, once published. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => ({
    ...(await callResultsPage(ctx, event.params.callId)),
    staffChoice: await publishedStaffChoice(ctx, event.params.callId),
  }));
