import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Invalid } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { uuidField } from '../validation/fields.ts';
import { transition } from '../lifecycle/transition.ts';
import { getCall, isAcceptingProposals } from '../calls/service.ts';
import type { InnovationCall } from '../calls/schema.ts';
import { proposals, type Proposal } from './schema.ts';
import { ensureUnchanged, proposalMachine } from './lifecycle.ts';
import { draftSchema, submitSchema } from './form.ts';
import { assertFitsCall } from './fits-call.ts';

const clientTokenSchema = z.object({ clientToken: uuidField() });

function ensureAccepting(ctx: Ctx, call: InnovationCall) {
  authorize(ctx.actor, 'call.propose', call);
  if (!isAcceptingProposals(call, ctx.now())) throw new Conflict('proposals.call_closed');
}

/**
 * Writes a new proposal from the form: saved as a draft, or — "submit" — checked as complete
 * and submitted at once (one intent, one transaction, one audit entry). The form's client
 * token makes a repeated post (double click, resubmitted page) return the proposal already
 * made instead of a second one.
 */
export async function createProposal(
  ctx: Ctx,
  callId: string,
  input: unknown,
  intent: 'save' | 'submit' = 'save',
): Promise<Proposal> {
  const token = clientTokenSchema.safeParse(input);
  // A missing or forged token is not the person's mistake to fix field by field.
  if (!token.success) throw new Invalid({ form: 'form.invalid' });
  const { clientToken } = token.data;
  const fields = parseInput(intent === 'submit' ? submitSchema : draftSchema, input);
  const call = await getCall(ctx, callId);
  ensureAccepting(ctx, call);
  await assertFitsCall(ctx, call, fields);
  // A new proposal has no co-authors yet: in a team-only call it is saved, then the team invited.
  if (intent === 'submit' && !call.allowsIndividual) {
    throw new Conflict('coauthors.team_required');
  }
  return inTransaction(ctx, async (tx) => {
    const now = tx.now();
    const submitted = intent === 'submit';
    const [created] = await tx.db
      .insert(proposals)
      .values({
        organisationId: ctx.org.id,
        callId: call.id,
        authorId: ctx.actor!.userId,
        clientToken,
        ...fields,
        state: submitted ? 'submitted' : 'draft',
        submittedAt: submitted ? now : null,
      })
      .onConflictDoNothing({ target: [proposals.authorId, proposals.clientToken] })
      .returning();
    if (!created) {
      const [existing] = await tx.db
        .select()
        .from(proposals)
        .where(
          and(eq(proposals.authorId, ctx.actor!.userId), eq(proposals.clientToken, clientToken)),
        );
      return existing!;
    }
    await recordAudit(tx.db, tx, {
      action: submitted ? 'proposal.create_submitted' : 'proposal.create',
      resourceType: 'proposal',
      resourceId: created.id,
      after: created,
    });
    return created;
  });
}

/**
 * Saves edits to a draft (its author, while the call takes proposals), or to a proposal whose
 * authors were asked for clarification.
 */
export async function updateProposal(ctx: Ctx, id: string, input: unknown): Promise<Proposal> {
  const { version, ...fields } = parseInput(draftSchema, input);
  return inTransaction(ctx, async (tx) => {
    const row = await proposalMachine.lock(tx, id);
    const { state } = row.proposal;
    if (state !== 'draft' && state !== 'clarification_requested') {
      throw new Conflict('errors.state_changed');
    }
    authorize(tx.actor, 'proposal.edit', row);
    ensureUnchanged(row.proposal, version);
    // A draft is written while the call is open; an answer to a moderator may come later.
    if (state === 'draft') ensureAccepting(tx, row.call);
    await assertFitsCall(tx, row.call, fields);
    const [after] = await tx.db
      .update(proposals)
      .set({ ...fields, updatedAt: tx.now(), version: row.proposal.version + 1 })
      .where(eq(proposals.id, row.proposal.id))
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'proposal.update',
      resourceType: 'proposal',
      resourceId: row.proposal.id,
      before: row.proposal,
      after,
    });
    return after!;
  });
}

/**
 * Takes one step of the proposal's lifecycle (the table in lifecycle.ts says who may, from which
 * state, and what must hold). Submitting may carry the edited fields: they are saved with it.
 */
export async function transitionProposal(
  ctx: Ctx,
  id: string,
  name: unknown,
  input: unknown = {},
): Promise<Proposal> {
  return (await transition(ctx, proposalMachine, id, name, input)).proposal;
}
