/** The short-lived cookie that carries a single sign-on flow from its start to its end. */
export const SSO_COOKIE = 'sso_flow';
