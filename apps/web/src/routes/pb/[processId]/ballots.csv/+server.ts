import { error } from '@sveltejs/kit';
import { parsePb } from '@innovato-r/pb';
import type { RequestHandler } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { resultFile } from '#lib/server/pb/results.ts';
import { toCsv } from '#lib/server/projects/csv.ts';

/** The anonymous ballots as the published `.pb` file numbers them: voter number, projects, points. */
export const GET: RequestHandler = (event) =>
  runLoad(event, async (ctx) => {
    const file = await resultFile(ctx, event.params.processId);
    if (!file) error(404, 'errors.not_found', { key: 'errors.not_found' });
    const election = parsePb(file.pbFile);
    const rows = election.voters.map((v) => [
      v.id,
      v.projects.join(' '),
      v.points ? v.points.map((x) => x.toDecimalString()).join(' ') : '',
    ]);
    return new Response(toCsv(['voter_id', 'vote', 'points'], rows), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="pb-${file.process.id}-ballots.csv"`,
      },
    });
  });
