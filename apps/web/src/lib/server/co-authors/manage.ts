import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import type { TxCtx } from '../module.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { uuidField } from '../validation/fields.ts';
import { proposalMachine } from '../proposals/lifecycle.ts';
import { proposalCoAuthors, proposalInvitations } from './schema.ts';

const invitationInput = z.object({ invitationId: uuidField() });
const coAuthorInput = z.object({ userId: uuidField() });

/** Locks the draft for a change of its team by one of its authors. */
async function lockDraftTeam(tx: TxCtx, proposalId: string) {
  const row = await proposalMachine.lock(tx, proposalId);
  if (row.proposal.state !== 'draft') throw new Conflict('errors.state_changed');
  authorize(tx.actor, 'proposal.manage_co_authors', row);
  return row;
}

/** An author takes back an invitation that still waits; its link stops working at once. */
export async function withdrawInvitation(ctx: Ctx, proposalId: string, input: unknown) {
  const { invitationId } = parseInput(invitationInput, input);
  return inTransaction(ctx, async (tx) => {
    const { proposal } = await lockDraftTeam(tx, proposalId);
    const [invitation] = await tx.db
      .select()
      .from(proposalInvitations)
      .where(
        and(
          eq(proposalInvitations.id, invitationId),
          eq(proposalInvitations.proposalId, proposal.id),
        ),
      )
      .for('update');
    if (!invitation) throw new NotFound('invitation');
    if (invitation.state !== 'pending') throw new Conflict('coauthors.invitation.answered');
    await tx.db
      .update(proposalInvitations)
      .set({ state: 'withdrawn', respondedAt: tx.now(), updatedAt: tx.now() })
      .where(eq(proposalInvitations.id, invitation.id));
    await recordAudit(tx.db, tx, {
      action: 'proposal.withdraw_co_author_invitation',
      resourceType: 'proposal',
      resourceId: proposal.id,
      before: { invitationId, state: 'pending' },
      after: { invitationId, state: 'withdrawn' },
    });
  });
}

/**
 * An author removes a co-author from a draft — or a co-author leaves it. The lead author is
 * not a co-author and cannot be removed (they withdraw the proposal instead).
 */
export async function removeCoAuthor(ctx: Ctx, proposalId: string, input: unknown) {
  const { userId } = parseInput(coAuthorInput, input);
  return inTransaction(ctx, async (tx) => {
    const { proposal } = await lockDraftTeam(tx, proposalId);
    if (!proposal.coAuthorIds.includes(userId)) {
      throw new Invalid({ userId: 'coauthors.not_a_co_author' });
    }
    await tx.db
      .delete(proposalCoAuthors)
      .where(
        and(eq(proposalCoAuthors.proposalId, proposal.id), eq(proposalCoAuthors.userId, userId)),
      );
    await recordAudit(tx.db, tx, {
      action: 'proposal.remove_co_author',
      resourceType: 'proposal',
      resourceId: proposal.id,
      before: { coAuthorIds: proposal.coAuthorIds },
      after: { coAuthorIds: proposal.coAuthorIds.filter((id) => id !== userId) },
    });
    return { left: userId === tx.actor?.userId };
  });
}
