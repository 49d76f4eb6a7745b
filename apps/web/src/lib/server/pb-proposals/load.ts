import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import type { Ctx } from '../context.ts';
import { isUuid } from '../db/ids.ts';
import { NotFound } from '../errors.ts';
import { can } from '../permissions/can.ts';
import { phasesOf } from '../pb/lifecycle.ts';
import { pbProcesses, type PbPhase, type PbProcess } from '../pb/schema.ts';
import {
  pbAppeals,
  pbProposalMembers,
  pbProposals,
  type PbAppeal,
  type PbProposal,
  type PbProposalMember,
} from './schema.ts';

/** A proposal with what its rules look at: its process and timeline, co-authors and appeal. */
export interface InProposal {
  process: PbProcess;
  phases: PbPhase[];
  proposal: PbProposal;
  members: PbProposalMember[];
  appeal: PbAppeal | null;
}

/**
 * Reads (optionally locks) a proposal of this organisation with its process; one the actor may
 * not read is not found. Locking is for a step, and every step is phase-sensitive (its window,
 * the ballot it may write to): it takes the process's row first, as every pb write does
 * (lockProcess), then the proposal's, so steps of one process queue — ballot numbers are drawn in
 * turn — and see the phase as it stands.
 */
export async function loadProposal(
  ctx: Pick<Ctx, 'db' | 'org' | 'actor'>,
  id: string,
  lock = false,
): Promise<InProposal> {
  if (!isUuid(id)) throw new NotFound('pb_proposal');
  const query = () =>
    ctx.db
      .select()
      .from(pbProposals)
      .where(and(eq(pbProposals.id, id), eq(pbProposals.organisationId, ctx.org.id)));
  const [found] = await query();
  if (!found) throw new NotFound('pb_proposal');
  const processQuery = ctx.db.select().from(pbProcesses).where(eq(pbProcesses.id, found.processId));
  const [process] = lock ? await processQuery.for('update') : await processQuery;
  const [proposal] = lock ? await query().for('update') : [found];
  if (!proposal) throw new NotFound('pb_proposal');
  const r: InProposal = {
    process: process!,
    phases: await phasesOf(ctx, proposal.processId),
    proposal,
    members: await membersOf(ctx.db, id),
    appeal: await appealOf(ctx.db, id),
  };
  if (!can(ctx.actor, 'pb.proposal.read', r)) throw new NotFound('pb_proposal');
  return r;
}

export const membersOf = (db: Queryable, proposalId: string) =>
  db
    .select()
    .from(pbProposalMembers)
    .where(eq(pbProposalMembers.proposalId, proposalId))
    .orderBy(asc(pbProposalMembers.invitedAt));

async function appealOf(db: Queryable, proposalId: string) {
  const [row] = await db.select().from(pbAppeals).where(eq(pbAppeals.proposalId, proposalId));
  return row ?? null;
}
