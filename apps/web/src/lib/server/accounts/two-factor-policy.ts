import type { Actor } from '../context.ts';
import type { Organisation } from '../organisations/schema.ts';
import type { User } from './schema.ts';

/**
 * An organisation may require two-factor sign-in of its administrators (decision 017). Until an
 * administrator has turned it on, their admin role is held back: they keep every other role,
 * and the page tells them how to get it back. Applied where each request's actor is built.
 */
export function withTwoFactorPolicy(
  actor: Actor,
  user: Pick<User, 'totpEnabledAt'>,
  org: Pick<Organisation, 'requireAdminTwoFactor'>,
): Actor {
  if (!org.requireAdminTwoFactor || user.totpEnabledAt || !actor.roles.includes('admin'))
    return actor;
  return {
    ...actor,
    roles: actor.roles.filter((r) => r !== 'admin'),
    awaitingTwoFactor: ['admin'],
  };
}
