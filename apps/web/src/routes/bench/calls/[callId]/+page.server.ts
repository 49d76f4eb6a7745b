import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { config } from '#lib/server/config.ts';
import { load as callPage } from '../../../calls/[callId]/+page.server.ts';

/**
 * The call page rendered from constant data: its load runs once, every later request renders
 * what it returned. bench/web-pages.ts sets it beside the real page to measure the framework's
 * own limit (issue 12). Only with demo data and BENCH_CONSTANT_PAGE=1: otherwise not found.
 */
let kept: ReturnType<typeof callPage> | undefined;

export const load = (event: Parameters<PageServerLoad>[0]) => {
  if (!config().benchConstantPage) error(404, 'errors.not_found', { key: 'errors.not_found' });
  // The same load as the call page's, under this route's name (its event differs in route id only).
  kept ??= callPage(event as unknown as Parameters<typeof callPage>[0]);
  return kept;
};
