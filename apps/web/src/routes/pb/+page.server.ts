import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { listProcesses } from '#lib/server/pb/processes.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => ({ processes: await listProcesses(ctx) }));
