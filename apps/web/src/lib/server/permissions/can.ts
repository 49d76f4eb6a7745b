import type { Actor } from '../context.ts';
import { Forbidden } from '../errors.ts';
import { organisationRules } from '../organisations/permissions.ts';
import { callRules } from '../calls/permissions.ts';
import { proposalRules } from '../proposals/permissions.ts';
import { accountRules } from '../accounts/permissions.ts';

/**
 * The one place that decides who may do what. Each module declares its rules; this composes
 * them (organisation → process → module). Pages, actions and API handlers all ask here.
 */
export const rules = { ...organisationRules, ...accountRules, ...callRules, ...proposalRules };

export type Action = keyof typeof rules;
type ResourceOf<A extends Action> = Parameters<(typeof rules)[A]>[1];

export function can<A extends Action>(
  actor: Actor | null,
  action: A,
  ...resource: ResourceOf<A> extends undefined ? [] : [ResourceOf<A>]
): boolean {
  const rule = rules[action] as (actor: Actor | null, resource: unknown) => boolean;
  return rule(actor, resource[0]);
}

/** `can`, or throw Forbidden: for the top of a domain function. */
export function authorize<A extends Action>(
  actor: Actor | null,
  action: A,
  ...resource: ResourceOf<A> extends undefined ? [] : [ResourceOf<A>]
): void {
  if (!can(actor, action, ...resource)) throw new Forbidden();
}
