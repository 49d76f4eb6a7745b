import { config } from '../config.ts';

/** The address links in e-mails point to: ORIGIN when configured, else the request's origin. */
export function publicOrigin(requestUrl: URL): string {
  return (config().ORIGIN ?? requestUrl.origin).replace(/\/+$/, '');
}

export function accountLink(origin: string, path: string, token?: string) {
  const url = new URL(path, `${origin}/`);
  if (token) url.searchParams.set('token', token);
  return url.toString();
}
