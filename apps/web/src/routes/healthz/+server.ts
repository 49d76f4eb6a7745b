import type { RequestHandler } from '@sveltejs/kit';

/** Liveness: the process is up and serving. */
export const GET: RequestHandler = () =>
  new Response('ok', { headers: { 'cache-control': 'no-store' } });
