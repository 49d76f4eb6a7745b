import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { listCalls } from '#lib/server/calls/service.ts';
import { can } from '#lib/server/permissions/can.ts';

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => ({
    calls: await listCalls(ctx),
    canCreate: can(ctx.actor, 'call.create'),
  }));
