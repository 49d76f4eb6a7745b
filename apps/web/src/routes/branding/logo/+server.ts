import type { RequestHandler } from './$types';
import { runLoad } from '#lib/server/http/run-action.ts';
import { logoVersion, organisationLogo } from '#lib/server/organisations/branding.ts';

/**
 * The organisation's logo. Its address carries its hash (`?v=…`), so a versioned request is
 * cached for a year and a new logo is a new address. Served as the type its bytes were
 * recognised as, with nosniff and a CSP that lets nothing run even if opened on its own.
 * A revalidation whose ETag is the current hash gets its 304 from the organisation row the
 * request has already read: the image itself is not read again.
 */
export const GET: RequestHandler = (event) =>
  runLoad(event, async (ctx) => {
    const caching = (sha256: string) => ({
      'cache-control':
        event.url.searchParams.get('v') === sha256
          ? 'public, max-age=31536000, immutable'
          : 'public, max-age=300',
      etag: `"${sha256}"`,
    });
    const version = logoVersion(ctx);
    if (version && event.request.headers.get('if-none-match') === `"${version}"`)
      return new Response(null, { status: 304, headers: caching(version) });
    const logo = await organisationLogo(ctx);
    return new Response(new Uint8Array(logo.bytes), {
      headers: {
        ...caching(logo.sha256),
        'content-type': logo.contentType,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'content-disposition': 'inline; filename="logo"',
      },
    });
  });
