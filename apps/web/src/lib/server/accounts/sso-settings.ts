import { eq } from 'drizzle-orm';
import { config } from '../config.ts';
import type { Queryable } from '../db/client.ts';
import { organisationSso, type Organisation } from '../organisations/schema.ts';
import { linkBase } from './links.ts';
import { unseal } from '../secrets.ts';
import type { SsoSettings } from './sso.ts';

/** This organisation's single sign-on, or null when it has none (decision 013). */
export async function ssoSettingsFor(
  db: Queryable,
  organisationId: string,
): Promise<SsoSettings | null> {
  const [row] = await db
    .select()
    .from(organisationSso)
    .where(eq(organisationSso.organisationId, organisationId))
    .limit(1);
  if (!row) return null;
  return {
    issuer: row.issuer,
    clientId: row.clientId,
    clientSecret: unseal('sso-client-secret', row.clientSecretSealed),
    allowHttp: config().OIDC_ALLOW_HTTP === '1',
    role: row.role,
  };
}

/** Where the provider sends people back: the organisation's configured address, never the Host. */
export const ssoRedirectUri = (org: Pick<Organisation, 'publicUrl'>) =>
  `${linkBase(org)}/account/sso/callback`;
