import type { RequestHandler } from '@sveltejs/kit';
import { runLoad } from '#lib/server/http/run-action.ts';
import { projectsCsv } from '#lib/server/projects/export.ts';

/** The projects the filters keep, with their verified savings, as CSV (formula-safe). */
export const GET: RequestHandler = (event) =>
  runLoad(event, async (ctx) => {
    const body = await projectsCsv(ctx, event.url.searchParams, event.locals.locale);
    return new Response(body, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${ctx.org.slug}-projects.csv"`,
        'cache-control': 'public, max-age=60',
      },
    });
  });
