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
}

/** What every domain function receives: database handle, organisation, actor, clock. */
export interface Ctx {
  db: Queryable;
  org: Organisation;
  actor: Actor | null;
  now: () => Date;
  requestId?: string;
}

export function hasRole(actor: Actor | null, ...roles: Role[]): boolean {
  return !!actor && roles.some((r) => actor.roles.includes(r));
}
