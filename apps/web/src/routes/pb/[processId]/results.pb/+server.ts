import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { resultFile } from '#lib/server/pb/results.ts';

/** The anonymous ballots and the published outcome (`selected`), as pabulib's `.pb` file. */
export const GET: RequestHandler = (event) =>
  runLoad(event, async (ctx) => {
    const file = await resultFile(ctx, event.params.processId);
    if (!file) error(404, 'errors.not_found', { key: 'errors.not_found' });
    return new Response(file.pbFile, {
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'content-disposition': `attachment; filename="pb-${file.process.id}.pb"`,
      },
    });
  });
