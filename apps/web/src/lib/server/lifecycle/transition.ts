import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import type { Actor } from '../context.ts';
import { Conflict, Forbidden, Invalid } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { can, type Action } from '../permissions/can.ts';
import { parseInput } from '../validation/parse.ts';
import type { Machine, Transition } from './machine.ts';

/** `can` for a resource whose shape the machine, not the caller, knows. */
const allowed = (actor: Actor | null, action: Action, resource: unknown) =>
  (can as (a: Actor | null, x: Action, r: unknown) => boolean)(actor, action, resource);

/**
 * Runs one transition of any lifecycle, always in this order and in one transaction: lock the
 * row; check the state; authorise with `can`; parse the input; check the guards; write; run the
 * machine's side effects; record the audit entry. A name that is not in the table is bad input.
 */
export async function transition<S extends string, R, T extends string>(
  ctx: Ctx,
  machine: Machine<S, R, T>,
  id: string,
  name: unknown,
  input: unknown = {},
): Promise<R> {
  if (typeof name !== 'string' || !Object.hasOwn(machine.transitions, name)) {
    throw new Invalid({ name: 'form.invalid_choice' });
  }
  const t = machine.transitions[name as T];
  return inTransaction(ctx, async (tx) => {
    const before = await machine.lock(tx, id);
    const state = machine.state(before);
    if (t.idempotent && state === t.to && allowed(tx.actor, t.action, before)) return before;
    if (!t.from.includes(state)) throw new Conflict('errors.state_changed');
    if (!allowed(tx.actor, t.action, before)) throw new Forbidden();
    const data = ((t.input ? parseInput(t.input, input) : undefined) ?? {}) as Record<
      string,
      unknown
    >;
    for (const guard of t.guards ?? []) await guard.check(tx, before, data);
    const step = { name: name as T, to: t.to, input: data };
    const after = await machine.apply(tx, before, step);
    await machine.after?.(tx, before, after, step);
    await recordAudit(tx.db, tx, {
      action: `${machine.auditPrefix}.${name}`,
      resourceType: machine.resourceType,
      resourceId: machine.id(before),
      before: machine.snapshot(before, step),
      after: machine.snapshot(after, step),
    });
    return after;
  });
}

/** The transitions this actor may take now: the buttons a page shows, in the table's order. */
export function transitionsFor<S extends string, R, T extends string>(
  machine: Machine<S, R, T>,
  actor: Actor | null,
  resource: R,
): T[] {
  const state = machine.state(resource);
  return (Object.entries(machine.transitions) as [T, Transition<S, R>][])
    .filter(([, t]) => t.from.includes(state) && allowed(actor, t.action, resource))
    .map(([name]) => name);
}
