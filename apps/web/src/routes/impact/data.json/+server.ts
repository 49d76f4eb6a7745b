import { json, type RequestHandler } from '@sveltejs/kit';
import { runLoad } from '#lib/server/http/run-action.ts';
import { impactDashboard } from '#lib/server/projects/dashboard.ts';

/** Every figure of the dashboard, with the same filters, as JSON (open data). */
export const GET: RequestHandler = (event) =>
  runLoad(event, async (ctx) => {
    const { options, ...figures } = await impactDashboard(ctx, event.url.searchParams);
    void options; // the filters' choices are page furniture, not figures
    return json(
      { organisation: ctx.org.slug, generatedAt: ctx.now().toISOString(), ...figures },
      { headers: { 'cache-control': 'public, max-age=60' } },
    );
  });
