import type { RequestEvent } from '@sveltejs/kit';

/**
 * The request facts account commands need: the client's address, for rate limits (behind
 * TRUST_PROXY proxies, the address the nearest one saw — serve.js).
 */
export function requestMeta(event: Pick<RequestEvent, 'getClientAddress'>) {
  return { ip: event.getClientAddress() };
}
