import { and, eq, max } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Invalid } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { authorize } from '../permissions/can.ts';
import { transition } from '../lifecycle/transition.ts';
import { lockProcess } from '../pb/lifecycle.ts';
import { parseInput } from '../validation/parse.ts';
import { proposalSchema } from './form.ts';
import { ensureProposer } from './proposers.ts';
import { pbProposalMachine } from './lifecycle.ts';
import { pbProposals, type PbProposal } from './schema.ts';

/** Takes a step on a proposal through the engine (permission, guards, audit, notifications). */
export const transitionPbProposal = (ctx: Ctx, id: string, name: unknown, input: unknown = {}) =>
  transition(ctx, pbProposalMachine, id, name, input);

/**
 * Writes a citizen's proposal in a process during its submission window, and submits it unless
 * the author keeps it as a draft (to invite co-authors first). One transaction: a proposal that
 * cannot be submitted (the domain's limit reached, a group too small) is not kept half-made;
 * the form keeps what was typed. The same form posted twice (its token) is one proposal.
 */
export async function createPbProposal(ctx: Ctx, processId: string, input: unknown) {
  const fields = parseInput(proposalSchema, input);
  return inTransaction(ctx, async (tx): Promise<PbProposal> => {
    // The process row orders the proposals' numbers: writers of one process queue here.
    const { process, phases } = await lockProcess(tx, processId);
    authorize(tx.actor, 'pb.proposal.create', process);
    await ensureProposer(tx, process, phases);
    const authorId = tx.actor!.userId;
    const [again] = await tx.db
      .select()
      .from(pbProposals)
      .where(
        and(eq(pbProposals.authorId, authorId), eq(pbProposals.clientToken, fields.clientToken)),
      );
    if (again) return again;
    if (fields.cost > process.projectCap) throw new Invalid({ cost: 'pb_proposals.over_cap' });
    const [top] = await tx.db
      .select({ n: max(pbProposals.number) })
      .from(pbProposals)
      .where(eq(pbProposals.processId, process.id));
    const [created] = await tx.db
      .insert(pbProposals)
      .values({
        organisationId: ctx.org.id,
        processId: process.id,
        domainId: fields.domainId,
        authorId,
        number: (top?.n ?? 0) + 1,
        title: fields.title,
        description: fields.description,
        address: fields.address ?? null,
        latitude: fields.latitude,
        longitude: fields.longitude,
        cost: fields.cost,
        clientToken: fields.clientToken,
      })
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'pb.proposal.create',
      resourceType: 'pb_proposal',
      resourceId: created!.id,
      after: created,
    });
    if (fields.intent === 'draft') return created!;
    const submitted = await transitionPbProposal(tx, created!.id, 'submit');
    return submitted.proposal;
  });
}
