import type { RequestHandler } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { rankingCsv } from '#lib/server/evaluation/export.ts';

/** The ranking as a CSV file (formula-safe), in the administrator's language. */
export const GET: RequestHandler = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    const { call, csv } = await rankingCsv(ctx, event.params.callId, event.locals.locale);
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="ranking-${call.id}.csv"`,
        'cache-control': 'private, no-store',
      },
    });
  });
