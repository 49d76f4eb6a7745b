// Starts the built app (adapter-node) with ORIGIN honoured at run time.
// adapter-node 6 fixes the origin at build time and otherwise assumes https, which would refuse
// every form posted to a plain-http address (localhost, the demo). We tell it, per request, the
// protocol and host of ORIGIN — or plain http on the request's own host when ORIGIN is unset.
const origin = process.env.ORIGIN ? new URL(process.env.ORIGIN) : undefined;
process.env.PROTOCOL_HEADER = 'x-innovato-protocol';
if (origin) process.env.HOST_HEADER = 'x-innovato-host';

const { server } = await import('./build/index.js');

server.prependListener('request', (req) => {
  // Always overwritten: a client cannot choose these.
  req.headers['x-innovato-protocol'] = origin ? origin.protocol.slice(0, -1) : 'http';
  if (origin) req.headers['x-innovato-host'] = origin.host;
});
