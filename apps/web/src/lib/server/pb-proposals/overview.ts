import { and, count, desc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { can } from '../permissions/can.ts';
import { listProcesses } from '../pb/processes.ts';
import { pbAppeals, pbProposalMembers, pbProposals } from './schema.ts';
import type { PbProposalState } from './states.ts';

/** Phases in which proposals are written, analysed or appealed. */
const PROPOSAL_PHASES = ['submission', 'analysis', 'appeals'];

/**
 * The entry to citizen proposals across processes: each process taking or deciding proposals
 * (with its counts per state), the latest public decisions, and for those who analyse, what
 * waits for them (submitted proposals, pending appeals).
 */
export async function proposalsOverview(ctx: Ctx) {
  const processes = (await listProcesses(ctx)).filter((p) => p.state !== 'draft');
  const ids = processes.map((p) => p.id);
  if (!ids.length) return { processes: [], mine: [], decided: [], waiting: [] };
  const counts = await ctx.db
    .select({ processId: pbProposals.processId, state: pbProposals.state, n: count() })
    .from(pbProposals)
    .where(and(inArray(pbProposals.processId, ids), isNotNull(pbProposals.submittedAt)))
    .groupBy(pbProposals.processId, pbProposals.state);
  const byProcess = new Map<string, Partial<Record<PbProposalState, number>>>();
  for (const c of counts)
    byProcess.set(c.processId, { ...byProcess.get(c.processId), [c.state]: c.n });
  const listed = processes
    .filter((p) => PROPOSAL_PHASES.includes(p.state) || byProcess.has(p.id))
    .map((p) => ({
      process: p,
      counts: byProcess.get(p.id) ?? {},
      manage: can(ctx.actor, 'pb.proposal.administer', p),
    }));
  const row = {
    id: pbProposals.id,
    processId: pbProposals.processId,
    number: pbProposals.number,
    title: pbProposals.title,
    state: pbProposals.state,
  };
  const decided = await ctx.db
    .select(row)
    .from(pbProposals)
    .where(
      and(
        inArray(pbProposals.processId, ids),
        inArray(pbProposals.state, ['eligible', 'ineligible', 'merged']),
      ),
    )
    .orderBy(desc(pbProposals.decidedAt))
    .limit(10);
  const analysable = listed.filter((l) => l.manage).map((l) => l.process.id);
  const waiting = analysable.length
    ? await ctx.db
        .select(row)
        .from(pbProposals)
        .where(
          and(
            inArray(pbProposals.processId, analysable),
            // Submitted and waiting for the analysis, or ineligible with an appeal pending.
            inArray(pbProposals.state, ['submitted', 'ineligible']),
          ),
        )
        .orderBy(pbProposals.number)
    : [];
  const pending = new Set(
    waiting.length
      ? (
          await ctx.db
            .select({ id: pbAppeals.proposalId })
            .from(pbAppeals)
            .where(
              and(
                inArray(
                  pbAppeals.proposalId,
                  waiting.map((w) => w.id),
                ),
                eq(pbAppeals.state, 'pending'),
              ),
            )
        ).map((a) => a.id)
      : [],
  );
  return {
    processes: listed,
    mine: await myProposals(ctx, ids),
    decided,
    waiting: waiting.filter((w) => w.state === 'submitted' || pending.has(w.id)),
  };
}

/** The actor's own proposals, drafts included, and those they co-author or are invited to. */
async function myProposals(ctx: Ctx, processIds: string[]) {
  if (!ctx.actor) return [];
  const me = ctx.actor.userId;
  return ctx.db
    .select({
      id: pbProposals.id,
      processId: pbProposals.processId,
      number: pbProposals.number,
      title: pbProposals.title,
      state: pbProposals.state,
      invited: pbProposalMembers.state,
    })
    .from(pbProposals)
    .leftJoin(
      pbProposalMembers,
      and(eq(pbProposalMembers.proposalId, pbProposals.id), eq(pbProposalMembers.userId, me)),
    )
    .where(
      and(
        inArray(pbProposals.processId, processIds),
        or(eq(pbProposals.authorId, me), isNotNull(pbProposalMembers.id)),
      ),
    )
    .orderBy(desc(pbProposals.createdAt));
}
