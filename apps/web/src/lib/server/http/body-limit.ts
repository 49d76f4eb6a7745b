/**
 * Request bodies other than uploads are small (decision 085). The server's BODY_SIZE_LIMIT
 * (25 MB) is there for multipart forms that carry several files; a form's fields or a JSON body
 * never need that much, and a 25 MB one would be parsed into memory by any route that reads it.
 * So everything that is not multipart is held to FORM_BODY_LIMIT here, before a route sees it.
 */

/** `1 MB`, `512 KB`: the limit as the refusal page names it. */
export function shownSize(bytes: number): string {
  return bytes >= 1024 ** 2
    ? `${Math.round((bytes / 1024 ** 2) * 10) / 10} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

const isUpload = (request: Request) =>
  /^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? '');

/**
 * The request with a body of at most `limit` bytes, read now; null when it is larger. A declared
 * length over the limit is refused before anything is read (Node then discards the body, as it
 * does for adapter-node's own limit). A body without a declared length is read to its end, keeping
 * nothing past the limit: cancelling it would close the connection before the refusal is sent.
 * Requests without a body and multipart uploads pass as they are.
 */
export async function withinBodyLimit(request: Request, limit: number): Promise<Request | null> {
  if (!request.body || isUpload(request)) return request;
  if (Number(request.headers.get('content-length') ?? 0) > limit) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of request.body) {
      size += chunk.byteLength;
      if (size <= limit) chunks.push(chunk);
    }
  } catch {
    return null; // past the server's own BODY_SIZE_LIMIT, or the client went away
  }
  if (size > limit) return null;
  const headers = new Headers(request.headers);
  headers.delete('transfer-encoding');
  headers.set('content-length', String(size));
  const { method, signal } = request;
  return new Request(request.url, { method, headers, signal, body: Buffer.concat(chunks) });
}
