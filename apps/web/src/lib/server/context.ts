import type { Queryable } from './db/client.ts';
import type { Organisation } from './organisations/schema.ts';
import type { Role } from './accounts/schema.ts';

/** Who is acting, as the permission rules see them within one organisation. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  locale: string;
  emailVerified: boolean;
  /** Roles in the current organisation; empty when not a member. */
  roles: readonly Role[];
  departmentId: string | null;
  /** Their staff grade in the current organisation, when known (calls may exclude some). */
  staffGrade?: string | null;
  /** Roles held back until the person turns on two-factor sign-in (their organisation asks it). */
  awaitingTwoFactor?: readonly Role[];
}

/** What every domain function receives: database handle, organisation, actor, clock. */
export interface Ctx {
  db: Queryable;
  org: Organisation;
  actor: Actor | null;
  now: () => Date;
  requestId?: string;
  /** Inside a command's transaction: run this once it has committed (never if it rolls back). */
  afterCommit?: (fn: () => unknown) => void;
}

export function hasRole(actor: Actor | null, ...roles: Role[]): boolean {
  return !!actor && roles.some((r) => actor.roles.includes(r));
}

/** A member of the organisation: signed in and holding at least one role there. */
export function isMember(actor: Actor | null): actor is Actor {
  return !!actor && actor.roles.length > 0;
}
