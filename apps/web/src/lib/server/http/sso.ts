import { publicOrigin } from '../accounts/links.ts';

/** The short-lived cookie that carries a single sign-on flow from its start to its end. */
export const SSO_COOKIE = 'sso_flow';
export const ssoRedirectUri = (url: URL) => `${publicOrigin(url)}/account/sso/callback`;
