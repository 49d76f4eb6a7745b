import { config } from '../config.ts';
import type { SsoSettings } from './sso.ts';

/** Single sign-on settings from the configuration, or null when it is not configured. */
export function ssoSettings(): SsoSettings | null {
  const c = config();
  if (!c.OIDC_ISSUER || !c.OIDC_CLIENT_ID || !c.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: c.OIDC_ISSUER,
    clientId: c.OIDC_CLIENT_ID,
    clientSecret: c.OIDC_CLIENT_SECRET,
    allowHttp: c.OIDC_ALLOW_HTTP === '1',
  };
}
