import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { proposalsOverview } from '#lib/server/pb-proposals/overview.ts';

export const load: PageServerLoad = (event) => runLoad(event, (ctx) => proposalsOverview(ctx));
