import { json, type RequestHandler } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { database } from '#lib/server/runtime.ts';

/** A load balancer must learn within 2 s that the database is gone, whatever the pool does. */
const ANSWER_WITHIN_MS = 1500;

/** Readiness: the database answers. A load balancer sends traffic only while this is 200. */
export const GET: RequestHandler = async ({ locals }) => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer in time')), ANSWER_WITHIN_MS);
  });
  try {
    await Promise.race([database().db.execute(sql`select 1`), timeout]);
    return json({ status: 'ready' }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    locals.log.warn({ err: { message: (error as Error).message } }, 'database not reachable');
    return json(
      { status: 'database unreachable' },
      { status: 503, headers: { 'cache-control': 'no-store', 'retry-after': '5' } },
    );
  } finally {
    clearTimeout(timer);
  }
};
