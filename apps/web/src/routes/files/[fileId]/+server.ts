import type { RequestHandler } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { NotFound } from '#lib/server/errors.ts';
import { openFile } from '#lib/server/files/download.ts';
import { contentDisposition } from '#lib/server/files/headers.ts';

/**
 * A file, to whoever may read what it is attached to (404 otherwise; a visitor is asked to sign
 * in first). Saved, never opened by the browser, except images; never sniffed; no script runs
 * whatever the file holds (a sandboxing CSP).
 */
export const GET: RequestHandler = (event) =>
  runLoad(event, async (ctx) => {
    const file = await openFile(ctx, event.params.fileId).catch((e: unknown) => {
      if (e instanceof NotFound && !ctx.actor) signInRedirect(event.url);
      throw e;
    });
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        'content-type': file.mediaType,
        'content-length': String(file.bytes.length),
        'content-disposition': contentDisposition(file.inline, file.name),
        'x-content-type-options': 'nosniff',
        'content-security-policy':
          "default-src 'none'; img-src 'self'; sandbox; frame-ancestors 'none'",
        'cross-origin-resource-policy': 'same-origin',
        'cache-control': 'private, no-store',
        etag: `"${file.sha256}"`,
      },
    });
  });
