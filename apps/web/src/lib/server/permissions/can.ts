import type { Actor } from '../context.ts';
import { Forbidden } from '../errors.ts';
import { modules } from '../modules.ts';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

/** Every module's rules, by action name. */
export type Rules = UnionToIntersection<(typeof modules)[number]['rules']>;
export type Action = keyof Rules & string;
type ResourceOf<A extends Action> = Parameters<Rules[A]>[1];
type AnyRule = (actor: Actor | null, resource: unknown) => boolean;

let merged: Record<string, AnyRule> | undefined;

/** The rules of every module in `modules.ts` (merged on first use: modules import this file). */
export function allRules(): Record<string, AnyRule> {
  merged ??= Object.assign({}, ...modules.map((m) => m.rules)) as Record<string, AnyRule>;
  return merged;
}

/**
 * The one place that decides who may do what. Each module declares its rules in its manifest;
 * this composes them. Pages, actions and API handlers all ask here.
 */
export function can<A extends Action>(
  actor: Actor | null,
  action: A,
  ...resource: ResourceOf<A> extends undefined ? [] : [ResourceOf<A>]
): boolean {
  const rule = allRules()[action];
  if (!rule) throw new Error(`no permission rule "${action}"`);
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
