import { json, type RequestHandler } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { database } from '#lib/server/runtime.ts';

/** Readiness: the database answers. A load balancer sends traffic only while this is 200. */
export const GET: RequestHandler = async ({ locals }) => {
  try {
    await database().db.execute(sql`select 1`);
    return json({ status: 'ready' }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    locals.log.warn({ err: error }, 'database not reachable');
    return json(
      { status: 'database unreachable' },
      { status: 503, headers: { 'cache-control': 'no-store' } },
    );
  }
};
