import type { PageServerLoad } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { readPage } from '#lib/server/lists/paging.ts';
import { publishedResults } from '#lib/server/evaluation/results.ts';

/** The organisation's published results, for anyone. */
export const load: PageServerLoad = (event) =>
  runLoad(event, (ctx) => publishedResults(ctx, readPage(event.url.searchParams.get('page'))));
