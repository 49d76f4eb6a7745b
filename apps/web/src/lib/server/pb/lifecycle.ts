import { and, asc, count, eq, isNotNull } from 'drizzle-orm';
import { isUuid } from '../db/ids.ts';
import { Conflict, NotFound } from '../errors.ts';
import { defineMachine, type Guard, type Transition } from '../lifecycle/machine.ts';
import type { TxCtx } from '../module.ts';
import type { Queryable } from '../db/client.ts';
import { publishResults } from './results.ts';
import { announceStaffVote } from '../staff-votes/announce.ts';
import { can } from '../permissions/can.ts';
import { PHASES, nextPhase, statesBefore, type Phase, type ProcessState } from './phases.ts';
import {
  pbBallots,
  pbPhases,
  pbProcesses,
  pbProjects,
  pbVoterRoll,
  type PbPhase,
  type PbProcess,
} from './schema.ts';

/** A process with its timeline: what the rules and guards look at. */
export interface InProcess {
  process: PbProcess;
  phases: PbPhase[];
}

export const usedPhases = (phases: readonly PbPhase[]): Phase[] => phases.map((p) => p.phase);

/** Phases are taken in order, none skipped: the next one this process uses, never back. */
const isNext = (phase: Phase): Guard<InProcess> => ({
  name: `${phase} is the next phase of this process`,
  check(_ctx, { process, phases }) {
    if (nextPhase(process.state, usedPhases(phases)) !== phase)
      throw new Conflict('pb.phase.not_next');
  },
});

const hasProjects: Guard<InProcess> = {
  name: 'there are projects on the ballot',
  async check(ctx, { process }) {
    const [row] = await ctx.db
      .select({ n: count() })
      .from(pbProjects)
      .where(eq(pbProjects.processId, process.id));
    if (!row?.n) throw new Conflict('pb.phase.no_projects');
  },
};

/** What must hold to enter a phase (the schedule checks the same). */
export const guardsFor = (phase: Phase): Guard<InProcess>[] =>
  phase === 'voting' ? [isNext(phase), hasProjects] : [isNext(phase)];

const toPhase = (phase: Phase): Transition<ProcessState, InProcess> => ({
  from: statesBefore(phase),
  to: phase,
  action: 'pb.process.manage',
  guards: guardsFor(phase),
});

/** While voting and its validation last, ballots keep their voter tag (decision 053). */
const KEEPS_TAGS: readonly ProcessState[] = ['voting', 'validation'];

/**
 * Writes the new phase; opening voting records when it first opened. A phase entered by hand
 * before its planned date starts now: its date is what opens its window (submissions, the
 * analysis, appeals), so left in the future the phase would be entered but closed until then.
 * The move's audit entry is dated: it says when. Written before the state, which the database
 * then considers started and whose date it keeps (pb_phases_started).
 */
export async function applyPhase(ctx: TxCtx, r: InProcess, to: ProcessState): Promise<InProcess> {
  const now = ctx.now();
  const entered = r.phases.find((p) => p.phase === to);
  const phases =
    entered && entered.startsAt > now ? await startNow(ctx, r.phases, entered, now) : r.phases;
  const [after] = await ctx.db
    .update(pbProcesses)
    .set({
      state: to,
      updatedAt: now,
      ...(to === 'voting' && !r.process.votingOpenedAt ? { votingOpenedAt: now } : {}),
    })
    .where(eq(pbProcesses.id, r.process.id))
    .returning();
  // Validation over: the tags that let a voter replace their ballot (and validation find the
  // ballot of an invalidated roll entry) link nothing any more, and the network prefixes kept
  // for the anomaly checks are erased (decision 053).
  if (KEEPS_TAGS.includes(r.process.state) && !KEEPS_TAGS.includes(to)) {
    await ctx.db
      .update(pbBallots)
      .set({ voterTag: null })
      .where(and(eq(pbBallots.processId, r.process.id), isNotNull(pbBallots.voterTag)));
    await ctx.db
      .update(pbVoterRoll)
      .set({ network: null })
      .where(eq(pbVoterRoll.processId, r.process.id));
  }
  // A call's staff vote tells the employees it is open, the first time voting opens.
  if (to === 'voting' && !r.process.votingOpenedAt) await announceStaffVote(ctx, after!);
  // Entering the results phase publishes them: counted with the process's rule, stored.
  if (to === 'results') await publishResults(ctx, r.process.id);
  return { process: after!, phases };
}

async function startNow(ctx: TxCtx, phases: PbPhase[], entered: PbPhase, now: Date) {
  await ctx.db.update(pbPhases).set({ startsAt: now }).where(eq(pbPhases.id, entered.id));
  return phases.map((p) => (p.id === entered.id ? { ...p, startsAt: now } : p));
}

export const snapshotProcess = ({ process }: InProcess) => ({
  state: process.state,
  votingOpenedAt: process.votingOpenedAt,
});

export async function lockProcess(ctx: TxCtx, id: string): Promise<InProcess> {
  if (!isUuid(id)) throw new NotFound('pb_process');
  const [process] = await ctx.db
    .select()
    .from(pbProcesses)
    .where(and(eq(pbProcesses.id, id), eq(pbProcesses.organisationId, ctx.org.id)))
    .for('update');
  if (!process || !can(ctx.actor, 'pb.process.read', process)) throw new NotFound('pb_process');
  return { process, phases: await phasesOf(ctx, id) };
}

export const phasesOf = (ctx: { db: Queryable }, id: string) =>
  ctx.db.select().from(pbPhases).where(eq(pbPhases.processId, id)).orderBy(asc(pbPhases.startsAt));

/**
 * A process moves from draft through the phases it uses, one at a time, by hand or at the
 * phase's date (phase-job.ts). Opening voting records when it first opened: from then on the
 * ballot and counting rules are locked (rules.ts, and a database trigger).
 */
export const processMachine = defineMachine({
  resourceType: 'pb_process',
  auditPrefix: 'pb.process',
  transitions: Object.fromEntries(PHASES.map((p) => [p, toPhase(p)])) as Record<
    Phase,
    Transition<ProcessState, InProcess>
  >,
  lock: lockProcess,
  state: (r: InProcess): ProcessState => r.process.state,
  id: (r) => r.process.id,
  apply: (ctx, r, step) => applyPhase(ctx, r, step.to),
  snapshot: snapshotProcess,
});
