import { and, eq, notInArray } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { JobCtx } from '../module.ts';
import { recordAudit } from '../audit/record.ts';
import { Conflict } from '../errors.ts';
import { log } from '../log.ts';
import { organisations } from '../organisations/schema.ts';
import { applyPhase, guardsFor, phasesOf, snapshotProcess, usedPhases } from './lifecycle.ts';
import { nextPhase } from './phases.ts';
import { pbProcesses } from './schema.ts';

/**
 * Moves every published process whose next phase has started (its date has passed) into it,
 * one phase per run, with the same guards, write and audit entry as a move by hand — recorded
 * without an actor, as the schedule's. Drafts wait for an administrator to publish them.
 */
export async function advanceDueProcesses(
  db: Queryable,
  now: Date,
  organisationId?: string,
): Promise<number> {
  const candidates = await db
    .select({ id: pbProcesses.id })
    .from(pbProcesses)
    .where(
      and(
        notInArray(pbProcesses.state, ['draft', 'implementation']),
        organisationId ? eq(pbProcesses.organisationId, organisationId) : undefined,
      ),
    );
  let moved = 0;
  for (const { id } of candidates) {
    try {
      if (await advanceOne(db, id, now)) moved++;
    } catch (error) {
      // A guard that does not hold (voting without projects) waits for a person to act.
      if (!(error instanceof Conflict)) throw error;
      log.warn({ process: id, reason: error.key }, 'pb phase not moved at its date');
    }
  }
  return moved;
}

/** The job queue's handler: every minute, for one organisation. */
export const advancePhasesJob = (job: JobCtx) =>
  advanceDueProcesses(job.db, job.now(), job.org?.id);

/** One process, in its own transaction (a savepoint inside the job's). */
async function advanceOne(db: Queryable, id: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ process: pbProcesses, org: organisations })
      .from(pbProcesses)
      .innerJoin(organisations, eq(organisations.id, pbProcesses.organisationId))
      .where(and(eq(pbProcesses.id, id)))
      .for('update', { of: pbProcesses });
    if (!row) return false;
    const ctx = { db: tx, org: row.org, actor: null, now: () => now };
    const phases = await phasesOf(ctx, id);
    const phase = nextPhase(row.process.state, usedPhases(phases));
    const due = phases.find((p) => p.phase === phase);
    if (!phase || !due || due.startsAt > now) return false;
    const before = { process: row.process, phases };
    // The same guards and write as a move by hand (not the machine itself: it authorises a person).
    for (const guard of guardsFor(phase)) await guard.check(ctx, before, {});
    const after = await applyPhase(ctx, before, phase);
    await recordAudit(tx, ctx, {
      action: `pb.process.${phase}`,
      resourceType: 'pb_process',
      resourceId: id,
      actorId: null,
      before: snapshotProcess(before),
      after: { ...snapshotProcess(after), by: 'schedule' },
    });
    return true;
  });
}
