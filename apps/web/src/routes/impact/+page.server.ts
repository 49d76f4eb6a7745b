import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { impactDashboard } from '#lib/server/projects/dashboard.ts';
import { publicProjects } from '#lib/server/projects/queries.ts';
import { projectScope } from '#lib/server/projects/dashboard.ts';
import { filterQuery } from '#lib/server/projects/dashboard-filters.ts';
import { readPage } from '#lib/server/lists/paging.ts';

/** The public impact dashboard: filters in the query string (a GET form), no script. */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    const dashboard = await impactDashboard(ctx, event.url.searchParams);
    const list = await publicProjects(
      ctx,
      projectScope(ctx, dashboard.filters),
      readPage(event.url.searchParams.get('page')),
    );
    return { dashboard, list, query: filterQuery(dashboard.filters) };
  });
