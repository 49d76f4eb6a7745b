import { sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Invalid } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { utcToZonedInput, zonedInputToUtc } from '../../i18n/format.ts';
import type { Message, MessageKey } from '../../i18n/message.ts';
import { lockProcess } from './lifecycle.ts';
import { phaseIndex, type ProcessState } from './phases.ts';
import type { PbPhase } from './schema.ts';
import { getProcess } from './processes.ts';

/** How far ahead a phase may be planned: beyond this a date is a typing slip (9999, 20026). */
const HORIZON_MS = 5 * 366 * 86_400_000;

/** A phase the process has entered: its effects happened (voting opened, results published…). */
export const hasStarted = (phase: PbPhase['phase'], state: ProcessState) =>
  phaseIndex(state) >= phaseIndex(phase);

type Field = `starts_${string}`;
const field = (p: PbPhase): Field => `starts_${p.phase}`;

/**
 * The new start of one phase from the form (`starts_<phase>`, a local date-time in the
 * organisation's time zone). Not sent, or sent as it is shown: unchanged. Otherwise it must be a
 * date, the phase must not have started, and the date must be ahead of now: a date already
 * past would make the schedule move the process at once (moving it by hand does that openly).
 */
function plannedStart(p: PbPhase, value: unknown, state: ProcessState, now: Date, tz: string) {
  if (value === undefined) return { at: p.startsAt };
  if (typeof value !== 'string') return { error: 'form.invalid_datetime' as MessageKey };
  if (value.trim() === utcToZonedInput(p.startsAt, tz)) return { at: p.startsAt };
  const at = zonedInputToUtc(value.trim(), tz);
  if (!at) return { error: 'form.invalid_datetime' as MessageKey };
  if (hasStarted(p.phase, state)) return { error: 'pb.phase.started' as MessageKey };
  if (at <= now) return { error: 'pb.phase.in_past' as MessageKey };
  if (at.getTime() - now.getTime() > HORIZON_MS) return { error: 'pb.phase.too_far' as MessageKey };
  return { at };
}

/** The timeline as the dates form shows it: each phase, whether it has started, its input value. */
export async function scheduleOf(ctx: Ctx, processId: string) {
  const { process, phases } = await getProcess(ctx, processId);
  authorize(ctx.actor, 'pb.process.manage', process);
  return {
    process,
    phases: [...phases]
      .sort((a, b) => phaseIndex(a.phase) - phaseIndex(b.phase))
      .map((p) => ({
        ...p,
        started: hasStarted(p.phase, process.state),
        value: utcToZonedInput(p.startsAt, ctx.org.timeZone),
      })),
  };
}

/**
 * Moves the start dates of a process's phases (decision 061): in the order of the phases, each
 * after the one before (a phase runs until the next one starts, so none can overlap); a phase
 * that has started keeps its date; a new date is in the future. All phases move in one
 * statement, with one audit entry naming every date before and after. The database refuses the
 * same (triggers pb_phases_order and pb_phases_started) for any other writer.
 */
export async function reschedulePhases(ctx: Ctx, processId: string, input: unknown) {
  const form = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  return inTransaction(ctx, async (tx) => {
    const { process, phases } = await lockProcess(tx, processId);
    authorize(tx.actor, 'pb.process.manage', process);
    const tz = tx.org.timeZone;
    const errors: Record<string, MessageKey | Message> = {};
    const ordered = [...phases].sort((a, b) => phaseIndex(a.phase) - phaseIndex(b.phase));
    const planned = ordered.map((p) => {
      const r = plannedStart(p, form[field(p)], process.state, tx.now(), tz);
      if ('error' in r) errors[field(p)] = r.error!;
      return { ...p, startsAt: r.at ?? p.startsAt };
    });
    planned.forEach((p, i) => {
      const before = planned[i - 1];
      if (before && p.startsAt <= before.startsAt && !errors[field(p)])
        errors[field(p)] = 'pb.phase.order';
    });
    if (Object.keys(errors).length) throw new Invalid(errors);
    const moved = planned.filter((p, i) => p.startsAt !== ordered[i]!.startsAt);
    if (!moved.length) return planned;
    await tx.db.execute(sql`
      update pb_phases set starts_at = moved.starts_at
      from (values ${sql.join(
        moved.map((p) => sql`(${p.id}::uuid, ${p.startsAt.toISOString()}::timestamptz)`),
        sql`, `,
      )}) as moved(id, starts_at)
      where pb_phases.id = moved.id and pb_phases.process_id = ${process.id}`);
    const dates = (list: PbPhase[]) =>
      Object.fromEntries(list.map((p) => [p.phase, p.startsAt.toISOString()]));
    await recordAudit(tx.db, tx, {
      action: 'pb.process.reschedule',
      resourceType: 'pb_process',
      resourceId: process.id,
      before: dates(ordered),
      after: dates(planned),
    });
    return planned;
  });
}
