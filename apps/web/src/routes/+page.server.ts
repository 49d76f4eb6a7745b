import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { listCalls } from '#lib/server/calls/service.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => ({
    openCalls: (await listCalls(ctx)).filter((c) => c.state === 'open'),
    accountDeleted: event.url.searchParams.has('account_deleted'),
  }));
