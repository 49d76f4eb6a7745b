import type { RequestEvent } from '@sveltejs/kit';
import { publicOrigin } from '../accounts/links.ts';

/** The request facts account commands need: the client's address, where links point to. */
export function requestMeta(event: Pick<RequestEvent, 'getClientAddress' | 'url'>) {
  return { ip: event.getClientAddress(), origin: publicOrigin(event.url) };
}
