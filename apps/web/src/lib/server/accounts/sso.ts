import * as oidc from 'openid-client';
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import type { TxCtx } from '../module.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { createSession, deleteSession, deleteUserSessions } from './sessions.ts';
import { oidcIdentities, users } from './schema.ts';
import { ensureMembership, findUserByEmail, getUser } from './users.ts';
import { grantEmployee } from './staff.ts';
import { emailField } from './input.ts';
import type { SignedIn } from './sign-in.ts';

/** Single sign-on through an organisation's OpenID Connect provider (decision 013). */
export interface SsoSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Plain http to the provider: tests and local development only (OIDC_ALLOW_HTTP=1). */
  allowHttp: boolean;
  /** What signing in through this provider makes a person here. */
  role: 'employee' | 'participant';
}

/** What the start of the flow keeps (in a short-lived HttpOnly cookie) for its end. */
export interface PendingSso {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

/** The provider refused, the response did not check out, or the provider was unreachable. */
export class SsoFailed extends Conflict {
  constructor(cause?: unknown) {
    super('accounts.sso.failed');
    this.cause = cause;
  }
}

const configurations = new Map<string, Promise<oidc.Configuration>>();

/** The provider's configuration, discovered once per process (retried after a failure). */
export function ssoConfiguration(settings: SsoSettings): Promise<oidc.Configuration> {
  // The secret is part of the key: a changed secret must not reuse a stale client.
  const key = `${settings.issuer}|${settings.clientId}|${settings.clientSecret}`;
  let found = configurations.get(key);
  if (!found) {
    found = oidc.discovery(
      new URL(settings.issuer),
      settings.clientId,
      settings.clientSecret,
      undefined,
      settings.allowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined,
    );
    found.catch(() => configurations.delete(key));
    configurations.set(key, found);
  }
  return found;
}

/** Builds the provider's authorization URL with state, nonce and PKCE. */
export async function startSso(
  settings: SsoSettings,
  redirectUri: string,
  returnTo: string,
): Promise<{ url: URL; pending: PendingSso }> {
  let config: oidc.Configuration;
  try {
    config = await ssoConfiguration(settings);
  } catch (e) {
    throw new SsoFailed(e);
  }
  const pending: PendingSso = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier: oidc.randomPKCECodeVerifier(),
    returnTo,
  };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: 'S256',
  });
  return { url, pending };
}

export interface OidcProfile {
  issuer: string;
  subject: string;
  email: string;
  name: string;
  /** Whether the provider vouches that the address is the person's (`email_verified: true`). */
  emailVerified: boolean;
}

/**
 * Ends the flow: checks state, nonce and PKCE, exchanges the code, reads who it is, links the
 * identity to an account and signs in. `callbackSearch` is the query the provider sent back.
 */
export async function completeSso(
  ctx: Ctx,
  settings: SsoSettings,
  redirectUri: string,
  callbackSearch: string,
  pending: PendingSso,
  previousToken?: string | null,
): Promise<SignedIn | { secondFactor: { userId: string } }> {
  let profile: OidcProfile;
  try {
    const config = await ssoConfiguration(settings);
    const callbackUrl = new URL(redirectUri);
    callbackUrl.search = callbackSearch;
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    let info: Record<string, unknown> = { ...claims };
    if (typeof claims.email !== 'string') {
      info = { ...info, ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)) };
    }
    profile = profileFromClaims(claims.iss, claims.sub, info);
  } catch (e) {
    throw e instanceof SsoFailed ? e : new SsoFailed(e);
  }
  return signInWithIdentity(ctx, profile, settings.role, previousToken);
}

/** Claims → profile: a valid address is required; whether the provider vouches for it is kept. */
export function profileFromClaims(
  issuer: string,
  subject: string,
  claims: Record<string, unknown>,
): OidcProfile {
  const email = emailField().safeParse(claims.email);
  if (!email.success) throw new SsoFailed('no usable e-mail');
  const given = [claims.given_name, claims.family_name].filter((s) => typeof s === 'string');
  const rawName =
    typeof claims.name === 'string' && claims.name.trim()
      ? claims.name
      : given.join(' ') || email.data.split('@')[0]!;
  const name =
    rawName
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .trim()
      .slice(0, 200) || email.data;
  return {
    issuer,
    subject,
    email: email.data,
    name,
    emailVerified: claims.email_verified === true,
  };
}

/**
 * Finds the account linked to this identity; else links the account with the same address —
 * only when the provider vouches for the address (otherwise anyone able to register an address
 * at some provider could take over its account here); else creates one, its address confirmed
 * only if the provider vouches for it. The person then gets the role the provider grants here.
 */
export async function signInWithIdentity(
  ctx: Ctx,
  profile: OidcProfile,
  role: SsoSettings['role'],
  previousToken?: string | null,
): Promise<SignedIn | { secondFactor: { userId: string } }> {
  return inTransaction(ctx, async (tx) => {
    const now = tx.now();
    if (previousToken) await deleteSession(tx.db, previousToken);
    const userId = (await linkedAccount(tx, profile)) ?? (await linkAccount(tx, profile));
    const before = await getUser(tx.db, userId);
    // An erased account's identities are gone; should one ever point at it, it stays closed.
    if (before.erasedAt) throw new SsoFailed('erased account');
    if (!before.emailVerifiedAt && profile.emailVerified) {
      await tx.db
        .update(users)
        .set({ emailVerifiedAt: now, updatedAt: now })
        .where(eq(users.id, userId));
    }
    if (role === 'employee') await grantEmployee(tx.db, tx, userId, 'single_sign_on');
    else await ensureMembership(tx.db, tx.org.id, userId, now);
    // With two-factor on, the provider's word is the first factor only.
    if (before.totpEnabledAt) return { secondFactor: { userId } };
    const session = await createSession(tx.db, userId, now);
    await recordAudit(tx.db, tx, {
      action: 'account.sign_in',
      resourceType: 'session',
      actorId: userId,
      after: { method: 'single_sign_on', issuer: profile.issuer },
    });
    return { user: await getUser(tx.db, userId), ...session };
  });
}

async function linkedAccount(tx: TxCtx, profile: OidcProfile) {
  const [linked] = await tx.db
    .select({ userId: oidcIdentities.userId })
    .from(oidcIdentities)
    .where(
      and(eq(oidcIdentities.issuer, profile.issuer), eq(oidcIdentities.subject, profile.subject)),
    )
    .limit(1);
  return linked?.userId;
}

/** Links the identity to the account with its address (or a new one) and records it. */
async function linkAccount(tx: TxCtx, profile: OidcProfile): Promise<string> {
  const now = tx.now();
  let user = await findUserByEmail(tx.db, profile.email);
  if (user && !profile.emailVerified)
    throw new SsoFailed('the provider does not vouch for the address');
  if (user && !user.emailVerifiedAt) {
    // Someone registered this address without proving it: the provider has just proved who
    // owns it, so their password and sessions go (no pre-hijacked account).
    await tx.db
      .update(users)
      .set({ passwordHash: null, updatedAt: now })
      .where(eq(users.id, user.id));
    await deleteUserSessions(tx.db, user.id);
  }
  if (!user) user = await createSsoAccount(tx, profile);
  await tx.db
    .insert(oidcIdentities)
    .values({ issuer: profile.issuer, subject: profile.subject, userId: user.id, createdAt: now });
  await recordAudit(tx.db, tx, {
    action: 'account.sso_link',
    resourceType: 'user',
    resourceId: user.id,
    actorId: user.id,
    after: { issuer: profile.issuer, subject: profile.subject },
  });
  return user.id;
}

async function createSsoAccount(tx: TxCtx, profile: OidcProfile) {
  const now = tx.now();
  const [created] = await tx.db
    .insert(users)
    .values({
      email: profile.email,
      name: profile.name,
      locale: tx.org.defaultLocale,
      emailVerifiedAt: profile.emailVerified ? now : null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await recordAudit(tx.db, tx, {
    action: 'account.sign_up',
    resourceType: 'user',
    resourceId: created!.id,
    actorId: created!.id,
    after: { ...created, method: 'single_sign_on' },
  });
  return created!;
}
