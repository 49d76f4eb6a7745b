import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { callDashboard } from '#lib/server/evaluation/dashboard.ts';

/** The call dashboard: submissions over time, by category and department; evaluation progress. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return callDashboard(ctx, event.params.callId);
  });
