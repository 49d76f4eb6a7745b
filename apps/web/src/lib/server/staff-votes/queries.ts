import { and, count, eq, isNotNull } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import type { Queryable } from '../db/client.ts';
import { authorize, can } from '../permissions/can.ts';
import { getCall } from '../calls/service.ts';
import { publishedResult } from '../evaluation/results.ts';
import { countData, countOutcome, electionOf, recount } from '../pb/count.ts';
import { summarise } from '../pb/results.ts';
import { getProcess } from '../pb/processes.ts';
import type { ProcessState } from '../pb/phases.ts';
import { pbProcesses, pbResults, pbVoterRoll } from '../pb/schema.ts';
import { ballotProposals } from './ballot.ts';
import { callStaffVotes } from './schema.ts';

/** Counted from when voting has closed: before, nobody is shown a running tally. */
// Not during validation: ballots may still be invalidated there, and a count read before and
// after invalidating a named employee's ballot would tell how they voted (decision 054).
export const COUNTED_STATES: readonly ProcessState[] = ['results', 'implementation'];

const voteOf = (ctx: Ctx, callId: string) =>
  ctx.db
    .select()
    .from(callStaffVotes)
    .where(and(eq(callStaffVotes.callId, callId), eq(callStaffVotes.organisationId, ctx.org.id)))
    .then((rows) => rows[0] ?? null);

/**
 * The staff vote counted by packages/pb with its process's rule, each project with the engine's
 * explanation: the published result once there is one (read back from its `.pb` file), before
 * that the count of the accepted ballots (results phase, nothing left to invalidate).
 */
export async function staffCount(db: Queryable, processId: string) {
  const [stored] = await db.select().from(pbResults).where(eq(pbResults.processId, processId));
  const data = await countData(db, processId);
  const rule = stored?.rule ?? data.process.countingRule;
  const outcome = stored
    ? recount(stored.pbFile).outcome
    : countOutcome(electionOf(data, rule), rule, data.process.maxWinners);
  return {
    rule,
    final: !!stored,
    currency: data.process.currency,
    summary: summarise(data, outcome),
  };
}

/**
 * The staff vote's page, for those who run the call and its jury: turned on or not (and how many
 * proposals would go on the ballot), its process, how many have voted, and once voting closed
 * the count.
 */
export async function staffVotePage(ctx: Ctx, callId: string) {
  const call = await getCall(ctx, callId);
  authorize(ctx.actor, 'staff_vote.read', call);
  const canManage = can(ctx.actor, 'staff_vote.manage', call);
  const vote = await voteOf(ctx, call.id);
  if (!vote) {
    const ballot = await ballotProposals(ctx.db, ctx.org.id, call.id);
    return { call, canManage, vote, ballotSize: ballot.length, view: null, voters: 0, tally: null };
  }
  const view = await getProcess(ctx, vote.processId);
  const [roll] = await ctx.db
    .select({ n: count() })
    .from(pbVoterRoll)
    .where(eq(pbVoterRoll.processId, vote.processId));
  const tally = COUNTED_STATES.includes(view.process.state)
    ? await staffCount(ctx.db, vote.processId)
    : null;
  return { call, canManage, vote, ballotSize: view.projects.length, view, voters: roll!.n, tally };
}

/** For the call's page: the staff vote's process and phase, to those who may read it. */
export async function staffVoteLink(ctx: Ctx, callId: string) {
  const vote = await voteOf(ctx, callId);
  if (!vote) return null;
  const [process] = await ctx.db
    .select()
    .from(pbProcesses)
    .where(eq(pbProcesses.id, vote.processId));
  if (!process || !can(ctx.actor, 'pb.process.read', process)) return null;
  return { processId: process.id, state: process.state };
}

/**
 * The staff's choice on the call's public results page: once the call's results and the staff
 * vote's are both published. The chosen proposals' titles and votes, the rule and the engine's
 * explanation, the number of ballots — nobody is named.
 */
export async function publishedStaffChoice(ctx: Ctx, callId: string) {
  const result = await publishedResult(ctx, callId);
  if (!result) return null;
  authorize(ctx.actor, 'results.read', result);
  const [vote] = await ctx.db
    .select()
    .from(callStaffVotes)
    .where(
      and(
        eq(callStaffVotes.callId, callId),
        eq(callStaffVotes.organisationId, ctx.org.id),
        isNotNull(callStaffVotes.publishedAt),
      ),
    );
  if (!vote) return null;
  const { rule, currency, summary } = await staffCount(ctx.db, vote.processId);
  return {
    publishedAt: vote.publishedAt!,
    rule,
    currency,
    ballots: summary.ballots,
    chosen: summary.rows.filter((r) => r.selected),
  };
}
