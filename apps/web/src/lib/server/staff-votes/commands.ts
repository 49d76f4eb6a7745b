import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, NotFound } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { getCall } from '../calls/service.ts';
import { innovationCalls } from '../calls/schema.ts';
import { pbProcesses } from '../pb/schema.ts';
import { transitionProcess } from '../pb/processes.ts';
import { ballotProposals, buildStaffVote } from './ballot.ts';
import { ensureCostsFor } from './costs.ts';
import { parseStaffVoteForm } from './form.ts';
import { callStaffVotes } from './schema.ts';

/**
 * Turns a call's staff vote on (decision 058): an internal process with the chosen rule and
 * dates, whose ballot is the call's proposals past the formal check. It moves through voting,
 * validation and results at its dates (the processes' schedule) or by hand, as any process.
 */
export async function enableStaffVote(ctx: Ctx, callId: string, input: unknown) {
  const call = await getCall(ctx, callId);
  authorize(ctx.actor, 'staff_vote.manage', call);
  const form = parseStaffVoteForm(input, ctx.org.timeZone);
  return inTransaction(ctx, async (tx) => {
    // One staff vote per call: two administrators at once wait for each other here (and the
    // unique constraint refuses the second all the same).
    await tx.db
      .select({ id: innovationCalls.id })
      .from(innovationCalls)
      .where(eq(innovationCalls.id, call.id))
      .for('update');
    const [existing] = await tx.db
      .select({ id: callStaffVotes.id })
      .from(callStaffVotes)
      .where(eq(callStaffVotes.callId, call.id));
    if (existing) throw new Conflict('staff_vote.already');
    const list = await ballotProposals(tx.db, ctx.org.id, call.id);
    if (!list.length) throw new Conflict('staff_vote.no_proposals');
    ensureCostsFor(form.rule, form.countingRule, list.filter((p) => p.costMinor === null).length);
    const made = await buildStaffVote(tx.db, { call, ...form, createdBy: ctx.actor!.userId }, list);
    await recordAudit(tx.db, tx, {
      action: 'staff_vote.enable',
      resourceType: 'innovation_call',
      resourceId: call.id,
      after: {
        processId: made.process.id,
        ballotRule: form.rule,
        countingRule: form.countingRule,
        maxWinners: form.maxWinners,
        phases: made.phases,
        proposals: list.map((p) => p.id),
      },
    });
    return made.vote;
  });
}

/** The call's staff vote, for a command that has already authorised the actor. */
async function voteOfCall(ctx: Ctx, callId: string) {
  const [vote] = await ctx.db
    .select()
    .from(callStaffVotes)
    .where(and(eq(callStaffVotes.callId, callId), eq(callStaffVotes.organisationId, ctx.org.id)));
  if (!vote) throw new NotFound('staff_vote');
  return vote;
}

/** Moves the staff vote to its next phase by hand: the processes' lifecycle decides, audits. */
export async function moveStaffVote(ctx: Ctx, callId: string, phase: unknown) {
  const call = await getCall(ctx, callId);
  authorize(ctx.actor, 'staff_vote.manage', call);
  const vote = await voteOfCall(ctx, call.id);
  return transitionProcess(ctx, vote.processId, phase);
}

/**
 * Puts the staff's choice on the call's results page, once the vote is counted (its process in
 * its results phase). Publishing again changes nothing.
 */
export async function publishStaffChoice(ctx: Ctx, callId: string) {
  const call = await getCall(ctx, callId);
  authorize(ctx.actor, 'staff_vote.manage', call);
  return inTransaction(ctx, async (tx) => {
    const [vote] = await tx.db
      .select()
      .from(callStaffVotes)
      .where(and(eq(callStaffVotes.callId, call.id), eq(callStaffVotes.organisationId, ctx.org.id)))
      .for('update');
    if (!vote) throw new NotFound('staff_vote');
    if (vote.publishedAt) return vote;
    const [process] = await tx.db
      .select({ state: pbProcesses.state })
      .from(pbProcesses)
      .where(eq(pbProcesses.id, vote.processId));
    if (process!.state !== 'results' && process!.state !== 'implementation')
      throw new Conflict('staff_vote.not_counted');
    const [after] = await tx.db
      .update(callStaffVotes)
      .set({ publishedAt: tx.now(), publishedBy: ctx.actor!.userId })
      .where(eq(callStaffVotes.id, vote.id))
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'staff_vote.publish',
      resourceType: 'innovation_call',
      resourceId: call.id,
      before: { publishedAt: null },
      after: { processId: vote.processId, publishedAt: after!.publishedAt },
    });
    return after!;
  });
}
