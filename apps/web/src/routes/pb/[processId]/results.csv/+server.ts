import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { resultsCsv } from '#lib/server/pb/results.ts';

/** The projects with their votes and the published outcome. */
export const GET: RequestHandler = (event) =>
  runLoad(event, async (ctx) => {
    const file = await resultsCsv(ctx, event.params.processId);
    if (!file) error(404, 'errors.not_found', { key: 'errors.not_found' });
    return new Response(file.csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="pb-${file.processId}-projects.csv"`,
      },
    });
  });
