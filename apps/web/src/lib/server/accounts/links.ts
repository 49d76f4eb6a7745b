import { config } from '../config.ts';
import type { Organisation } from '../organisations/schema.ts';

/**
 * Where links in e-mails point: the organisation's public URL, else the installation's ORIGIN
 * (required in production), else the local development address. Never the request's Host
 * header, which whoever sends the request chooses (decision 012).
 */
export function linkBase(org: Pick<Organisation, 'publicUrl'> | null): string {
  const c = config();
  return (org?.publicUrl ?? c.ORIGIN ?? `http://localhost:${c.PORT}`).replace(/\/+$/, '');
}

export function accountLink(
  org: Pick<Organisation, 'publicUrl'> | null,
  path: string,
  token?: string,
) {
  const url = new URL(path, `${linkBase(org)}/`);
  if (token) url.searchParams.set('token', token);
  return url.toString();
}
