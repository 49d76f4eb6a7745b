import type { z } from 'zod';
import type { TxCtx } from '../module.ts';
import type { Action } from '../permissions/can.ts';

/**
 * A lifecycle is data: named transitions, the states they leave from, the state they reach,
 * the permission they need and the guards that must hold. One engine (`transition.ts`) runs
 * every lifecycle of the platform the same way. See docs/decisions/010-transition-engine.md.
 */
export interface Transition<S extends string, R> {
  from: readonly S[];
  to: S;
  /** The permission asked of `can(actor, action, resource)`, with the locked resource. */
  action: Action;
  /** What the transition takes (a reason, the edited fields…), parsed by the engine. */
  input?: z.ZodType;
  /** Checks that must hold, in order, after the permission: data, not code paths. */
  guards?: readonly Guard<R>[];
  /**
   * Taking it again once done is a success that changes nothing (a double-clicked submit, a
   * resent form): no error, no second audit entry.
   */
  idempotent?: boolean;
}

/** A named condition of a transition; it throws Invalid or Conflict when it does not hold. */
export interface Guard<R> {
  name: string;
  check(ctx: TxCtx, resource: R, input: Record<string, unknown>): void | Promise<void>;
}

/** How one kind of resource moves: its table, and how to lock, read, write and record it. */
export interface Machine<S extends string, R, T extends string = string> {
  /** The audit log's resource type; actions are recorded as `<auditPrefix>.<transition>`. */
  resourceType: string;
  auditPrefix: string;
  transitions: Record<T, Transition<S, R>>;
  /** SELECT … FOR UPDATE within the organisation; NotFound for what the actor may not read. */
  lock(ctx: TxCtx, id: string): Promise<R>;
  state(resource: R): S;
  id(resource: R): string;
  /** Writes the new state (and whatever the transition's input changes); returns the result. */
  apply(ctx: TxCtx, resource: R, step: Step<S, T>): Promise<R>;
  /** What the audit entry keeps of the resource before and after the step. */
  snapshot(resource: R, step: Step<S, T>): unknown;
  /** Side effects inside the same transaction (notifications, follow-ups). */
  after?(ctx: TxCtx, before: R, after: R, step: Step<S, T>): Promise<void>;
}

export interface Step<S extends string, T extends string> {
  name: T;
  to: S;
  input: Record<string, unknown>;
}

/** Declares a machine with its transition names kept exact. */
export const defineMachine = <S extends string, R, T extends string>(m: Machine<S, R, T>) => m;
