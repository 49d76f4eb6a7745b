// Starts the built app (adapter-node) with the request's public protocol, host and client address
// decided here, at run time, from configuration (decisions 006 and 012):
// - directly on the network (TRUST_PROXY unset or 0): the protocol is ORIGIN's (http when unset),
//   the host is the request's own, the client address is the socket's;
// - behind TRUST_PROXY reverse proxies (a number of hops, usually 1): the protocol and host come
//   from X-Forwarded-Proto and X-Forwarded-Host (else Host), the client address is the entry of
//   X-Forwarded-For that the nearest trusted proxy added.
// Clients cannot set the private headers adapter-node reads: they are overwritten on every request.
const origin = process.env.ORIGIN ? new URL(process.env.ORIGIN) : undefined;
const hops = Number.parseInt(process.env.TRUST_PROXY || '0', 10);
if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
  console.error('TRUST_PROXY: must be the number of reverse proxies in front (0 to 10)');
  process.exit(1);
}

// Uploads (decision 085): a form may carry several files of up to 10 MB each; adapter-node's
// default (512 KB) would refuse them before the app could say which file is too big. Bodies
// that are not multipart are held to FORM_BODY_LIMIT (1 MB) by the app's hook.
process.env.BODY_SIZE_LIMIT ||= '25M';

process.env.PROTOCOL_HEADER = 'x-innovato-protocol';
process.env.HOST_HEADER = 'x-innovato-host';
process.env.ADDRESS_HEADER = 'x-innovato-client';

const first = (value) => (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim();

/** The client as the nearest trusted proxy saw it; the socket's address when none says. */
function clientAddress(req) {
  const socket = req.socket?.remoteAddress ?? '';
  if (!hops) return socket;
  const chain = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return chain.length >= hops ? chain[chain.length - hops] : socket;
}

const { server } = await import('./build/index.js');

server.prependListener('request', (req, res) => {
  const forwardedProto = hops ? first(req.headers['x-forwarded-proto']) : undefined;
  const protocol = forwardedProto
    ? forwardedProto === 'https'
      ? 'https'
      : 'http'
    : (origin?.protocol.slice(0, -1) ?? 'http');
  const host = (hops && first(req.headers['x-forwarded-host'])) || req.headers.host || '';
  req.headers['x-innovato-protocol'] = protocol;
  // Only a host name and port: anything else would make adapter-node answer 400.
  req.headers['x-innovato-host'] = /^(\[[0-9a-f:]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(host)
    ? host
    : 'invalid.host';
  req.headers['x-innovato-client'] = clientAddress(req);
  secureHeaders(res, protocol);
});

/**
 * Every response, static files included (they are served before the app's hooks run): no
 * sniffing, no framing, no referrer across sites, HSTS over https. Pages and endpoints replace
 * the strict default CSP with their own.
 */
function secureHeaders(res, protocol) {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader(
    'content-security-policy',
    "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'",
  );
  if (protocol === 'https')
    res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
  // A 304 carries no body, and a browser merges its headers into the cached response's: the
  // default policy must not replace a page's own (its inline style attribute would be blocked).
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    if (status === 304) res.removeHeader('content-security-policy');
    return writeHead.call(this, status, ...rest);
  };
}
