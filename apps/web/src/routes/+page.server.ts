import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { listCalls } from '#lib/server/calls/service.ts';
import { processesForHome } from '#lib/server/pb/front-page.ts';
import { impactHeadline } from '#lib/server/projects/headline.ts';

/**
 * The front door of the host's organisation: what a citizen can do now (open processes, their
 * phase and until when), results of finished ones, the impact headline, and the open calls the
 * visitor may read (staff see their internal calls too). A handful of indexed queries.
 */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const [pb, calls, impact] = await Promise.all([
      processesForHome(ctx),
      listCalls(ctx),
      impactHeadline(ctx),
    ]);
    return {
      pb,
      openCalls: calls.filter((c) => c.state === 'open'),
      impact,
      accountDeleted: event.url.searchParams.has('account_deleted'),
    };
  });
