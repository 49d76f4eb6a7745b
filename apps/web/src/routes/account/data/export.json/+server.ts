import type { RequestHandler } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { exportPersonalData } from '#lib/server/privacy/export-personal-data.ts';

/** The signed-in person's data as a JSON file to keep (GDPR access and portability). */
export const GET: RequestHandler = (event) =>
  runLoad(event, async (ctx) => {
    // Following the link signed out: sign in, then come back to the download.
    if (!ctx.actor) signInRedirect(new URL('/account/data', event.url));
    const data = await exportPersonalData(ctx);
    const day = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="innovato-r-data-${day}.json"`,
        'cache-control': 'private, no-store',
      },
    });
  });
