import type { RequestHandler } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { organisationLogo } from '#lib/server/organisations/branding.ts';

/**
 * The organisation's logo. Its address carries its hash (`?v=…`), so a versioned request is
 * cached for a year and a new logo is a new address. Served as the type its bytes were
 * recognised as, with nosniff and a CSP that lets nothing run even if opened on its own.
 */
export const GET: RequestHandler = (event) =>
  runLoad(event, async (ctx) => {
    const logo = await organisationLogo(ctx);
    const etag = `"${logo.sha256}"`;
    const versioned = event.url.searchParams.get('v') === logo.sha256;
    const headers = {
      'content-type': logo.contentType,
      'cache-control': versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      etag,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'content-disposition': 'inline; filename="logo"',
    };
    if (event.request.headers.get('if-none-match') === etag)
      return new Response(null, { status: 304, headers });
    return new Response(new Uint8Array(logo.bytes), { headers });
  });
