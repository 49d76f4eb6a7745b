import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, NotFound } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { getCall } from '../calls/service.ts';
import { pbProcesses } from '../pb/schema.ts';
import { ballotProposals, rebuildBallot } from './ballot.ts';
import { costsMissing, costsMissingKey } from './costs.ts';
import { callStaffVotes } from './schema.ts';

type TxCtx = Parameters<Parameters<typeof inTransaction>[1]>[0];

/**
 * The call's staff vote and its process, locked, while it is still a draft: once voting has
 * opened its ballot and its voters' roll are the record of a vote, and stay.
 */
async function lockDraft(tx: TxCtx, callId: string) {
  const [vote] = await tx.db
    .select()
    .from(callStaffVotes)
    .where(and(eq(callStaffVotes.callId, callId), eq(callStaffVotes.organisationId, tx.org.id)))
    .for('update');
  if (!vote) throw new NotFound('staff_vote');
  const [process] = await tx.db
    .select()
    .from(pbProcesses)
    .where(eq(pbProcesses.id, vote.processId))
    .for('update');
  if (process!.state !== 'draft' || process!.votingOpenedAt)
    throw new Conflict('staff_vote.not_draft');
  return { vote, process: process! };
}

/**
 * Turns a staff vote off before voting: its process goes, and with it (cascade) its timeline,
 * ballot, the links to the proposals and the call's link to it. The call may have a new one.
 */
export async function turnOffStaffVote(ctx: Ctx, callId: string) {
  const call = await getCall(ctx, callId);
  authorize(ctx.actor, 'staff_vote.manage', call);
  return inTransaction(ctx, async (tx) => {
    const { vote, process } = await lockDraft(tx, call.id);
    await tx.db.delete(pbProcesses).where(eq(pbProcesses.id, process.id));
    await recordAudit(tx.db, tx, {
      action: 'staff_vote.disable',
      resourceType: 'innovation_call',
      resourceId: call.id,
      before: { processId: vote.processId, ballotRule: process.ballotRule },
    });
  });
}

/**
 * Builds a draft staff vote's ballot again from the call's proposals as they are now: those
 * that became eligible since the vote was turned on join it, decided ones leave.
 */
export async function rebuildStaffBallot(ctx: Ctx, callId: string) {
  const call = await getCall(ctx, callId);
  authorize(ctx.actor, 'staff_vote.manage', call);
  return inTransaction(ctx, async (tx) => {
    const { vote, process } = await lockDraft(tx, call.id);
    const list = await ballotProposals(tx.db, tx.org.id, call.id);
    if (!list.length) throw new Conflict('staff_vote.no_proposals');
    const unstated = list.filter((p) => p.costMinor === null).length;
    const missing = costsMissing(process.ballotRule, process.countingRule, unstated);
    if (missing) throw new Conflict(costsMissingKey(missing));
    await rebuildBallot(tx.db, process.id, call, list);
    await recordAudit(tx.db, tx, {
      action: 'staff_vote.rebuild',
      resourceType: 'innovation_call',
      resourceId: call.id,
      after: { processId: vote.processId, proposals: list.map((p) => p.id) },
    });
    return list.length;
  });
}
