import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { resultFile } from '#lib/server/pb/results.ts';
import { toCsv } from '#lib/server/projects/csv.ts';

/** The projects with their votes and the published outcome. */
export const GET: RequestHandler = (event) =>
  runLoad(event, async (ctx) => {
    const file = await resultFile(ctx, event.params.processId);
    if (!file) error(404, 'errors.not_found', { key: 'errors.not_found' });
    const rows = [...file.summary.rows]
      .sort((a, b) => a.number - b.number)
      .map((r) => [r.number, r.title, r.cost / 100, r.votes, r.selected ? 1 : 0]);
    const csv = toCsv(['project_id', 'name', 'cost', 'votes', 'selected'], rows);
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="pb-${file.process.id}-projects.csv"`,
      },
    });
  });
