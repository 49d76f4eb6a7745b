import * as oidc from 'openid-client';
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { createSession, deleteSession, deleteUserSessions } from './sessions.ts';
import { oidcIdentities, users } from './schema.ts';
import { findUserByEmail, getUser } from './users.ts';
import { grantEmployee } from './staff.ts';
import { emailField } from './input.ts';
import type { SignedIn } from './sign-in.ts';

/** Single sign-on for staff through the organisation's OpenID Connect provider. */
export interface SsoSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Plain http to the provider: tests and local development only (OIDC_ALLOW_HTTP=1). */
  allowHttp: boolean;
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
  const key = `${settings.issuer}|${settings.clientId}`;
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
): Promise<SignedIn> {
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
  return signInWithIdentity(ctx, profile, previousToken);
}

/**
 * Claims → profile. The address must be a valid one and not flagged unverified by the
 * provider (an explicit `email_verified: false` is refused: it could claim someone's account).
 */
export function profileFromClaims(
  issuer: string,
  subject: string,
  claims: Record<string, unknown>,
): OidcProfile {
  const email = emailField().safeParse(claims.email);
  if (!email.success || claims.email_verified === false) throw new SsoFailed('no verified e-mail');
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
  return { issuer, subject, email: email.data, name };
}

/**
 * Finds the account linked to this identity; else links the account with the same address;
 * else creates one. The address is then verified and the person is an employee here.
 */
export async function signInWithIdentity(
  ctx: Ctx,
  profile: OidcProfile,
  previousToken?: string | null,
): Promise<SignedIn> {
  return inTransaction(ctx, async (tx) => {
    const now = tx.now();
    if (previousToken) await deleteSession(tx.db, previousToken);
    const [linked] = await tx.db
      .select({ userId: oidcIdentities.userId })
      .from(oidcIdentities)
      .where(
        and(eq(oidcIdentities.issuer, profile.issuer), eq(oidcIdentities.subject, profile.subject)),
      )
      .limit(1);
    let userId = linked?.userId;
    if (!userId) {
      let user = await findUserByEmail(tx.db, profile.email);
      if (user && !user.emailVerifiedAt) {
        // Someone registered this address without proving it: the provider has just proved
        // who owns it, so their password and sessions go (no pre-hijacked account).
        await tx.db
          .update(users)
          .set({ passwordHash: null, updatedAt: now })
          .where(eq(users.id, user.id));
        await deleteUserSessions(tx.db, user.id);
      }
      if (!user) {
        const [created] = await tx.db
          .insert(users)
          .values({
            email: profile.email,
            name: profile.name,
            locale: tx.org.defaultLocale,
            emailVerifiedAt: now,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        user = created!;
        await recordAudit(tx.db, tx, {
          action: 'account.sign_up',
          resourceType: 'user',
          resourceId: user.id,
          actorId: user.id,
          after: { ...user, method: 'single_sign_on' },
        });
      }
      userId = user.id;
      await tx.db
        .insert(oidcIdentities)
        .values({ issuer: profile.issuer, subject: profile.subject, userId, createdAt: now });
      await recordAudit(tx.db, tx, {
        action: 'account.sso_link',
        resourceType: 'user',
        resourceId: userId,
        actorId: userId,
        after: { issuer: profile.issuer, subject: profile.subject },
      });
    }
    const before = await getUser(tx.db, userId);
    // An erased account's identities are gone; should one ever point at it, it stays closed.
    if (before.erasedAt) throw new SsoFailed('erased account');
    if (!before.emailVerifiedAt) {
      await tx.db
        .update(users)
        .set({ emailVerifiedAt: now, updatedAt: now })
        .where(eq(users.id, userId));
    }
    await grantEmployee(tx.db, tx, userId, 'single_sign_on');
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
