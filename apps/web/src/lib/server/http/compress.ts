import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Pages are compressed on the way out (static files come precompressed from the build): a call
 * page of 38 KB travels as about 10. Brotli at a fast quality, else gzip; small or already
 * encoded responses, and anything but HTML, JSON, CSV and SVG, go as they are.
 */
const COMPRESSIBLE = /^(text\/html|application\/json|text\/csv|image\/svg\+xml)/;
const MIN_BYTES = 1024;

export async function compress(request: Request, response: Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  if (!response.body || response.headers.has('content-encoding') || !COMPRESSIBLE.test(type))
    return response;
  // About to become a 304 (SvelteKit compares the ETag after this hook): nothing to compress.
  const etag = response.headers.get('etag');
  if (etag && request.headers.get('if-none-match')?.replace(/^W\//, '') === etag) return response;
  const accepted = request.headers.get('accept-encoding') ?? '';
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (!encoding) return response;
  const body = Buffer.from(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  headers.append('vary', 'accept-encoding');
  if (body.length < MIN_BYTES)
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  const encoded =
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
      : gzipSync(body, { level: 6 });
  headers.set('content-encoding', encoding);
  headers.set('content-length', String(encoded.length));
  return new Response(encoded, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
