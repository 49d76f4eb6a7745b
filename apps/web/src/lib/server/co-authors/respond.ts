import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { isUuid } from '../db/ids.ts';
import { Conflict, NotFound } from '../errors.ts';
import { can } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { hashToken } from '../accounts/sessions.ts';
import { innovationCalls } from '../calls/schema.ts';
import { isAcceptingProposals } from '../calls/service.ts';
import { notify } from '../notifications/notify.ts';
import type { TxCtx } from '../module.ts';
import { proposals } from '../proposals/schema.ts';
import { proposalCoAuthors, proposalInvitations, type ProposalInvitation } from './schema.ts';
import { teamFull } from './team.ts';

/** An invitation is named by its id (the invitee's list) or by the mailed link's token. */
export type InvitationRef = { invitationId: string } | { token: string };

const answerSchema = z.enum(['accept', 'decline']);

/** The invitation, if it is addressed to the actor; otherwise nothing is revealed. */
async function findInvitation(tx: TxCtx, ref: InvitationRef): Promise<ProposalInvitation> {
  const where =
    'token' in ref
      ? eq(proposalInvitations.tokenHash, hashToken(ref.token))
      : isUuid(ref.invitationId)
        ? eq(proposalInvitations.id, ref.invitationId)
        : undefined;
  if (!where) throw new NotFound('invitation');
  const [invitation] = await tx.db
    .select()
    .from(proposalInvitations)
    .where(and(where, eq(proposalInvitations.organisationId, tx.org.id)));
  if (!invitation || invitation.inviteeId !== tx.actor?.userId) throw new NotFound('invitation');
  return invitation;
}

/**
 * The invitation's proposal and then the invitation itself, locked in the order every command
 * on a draft's team takes them (manage.ts, invite.ts: proposal row first), so an answer and an
 * author's withdrawal at once wait for each other instead of deadlocking.
 */
async function lockBoth(tx: TxCtx, found: ProposalInvitation) {
  const [row] = await tx.db
    .select({ proposal: proposals, call: innovationCalls })
    .from(proposals)
    .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
    .where(eq(proposals.id, found.proposalId))
    .for('update', { of: proposals });
  const [invitation] = await tx.db
    .select()
    .from(proposalInvitations)
    .where(eq(proposalInvitations.id, found.id))
    .for('update');
  return { ...row!, invitation: invitation! };
}

/** Why this pending invitation cannot be answered now, if it cannot. */
function ensureAnswerable(tx: TxCtx, invitation: ProposalInvitation) {
  if (invitation.state !== 'pending') throw new Conflict('coauthors.invitation.answered');
  if (invitation.expiresAt <= tx.now()) throw new Conflict('coauthors.invitation.expired');
  if (!can(tx.actor, 'proposal.respond_to_invitation', invitation))
    throw new NotFound('invitation');
}

/**
 * The invitee accepts or declines. The proposal row is locked first, so two colleagues
 * accepting the last free seat at once take turns: the second finds the team full and is told so
 * (the database's trigger refuses it too, whoever writes). The draft must still be a draft of an
 * open call and the invitee in its audience. The other authors are told of the answer.
 */
export async function respondToInvitation(ctx: Ctx, ref: InvitationRef, answer: unknown) {
  const choice = answerSchema.safeParse(answer);
  if (!choice.success) throw new NotFound('invitation');
  return inTransaction(ctx, async (tx) => {
    const { proposal, call, invitation } = await lockBoth(tx, await findInvitation(tx, ref));
    ensureAnswerable(tx, invitation);
    const accepting = choice.data === 'accept';
    if (accepting) {
      if (proposal.state !== 'draft' || !isAcceptingProposals(call, tx.now())) {
        throw new Conflict('coauthors.invitation.moved_on');
      }
      if (!can(tx.actor, 'call.propose', call)) {
        throw new Conflict('coauthors.invitation.not_in_audience');
      }
      if (teamFull(proposal, call)) throw new Conflict('coauthors.team_full_plain');
      await tx.db.insert(proposalCoAuthors).values({
        organisationId: tx.org.id,
        proposalId: proposal.id,
        userId: tx.actor!.userId,
        joinedVia: 'invitation',
      });
    }
    const [after] = await tx.db
      .update(proposalInvitations)
      .set({
        state: accepting ? 'accepted' : 'declined',
        respondedAt: tx.now(),
        updatedAt: tx.now(),
      })
      .where(eq(proposalInvitations.id, invitation.id))
      .returning();
    await recordAudit(tx.db, tx, {
      action: accepting ? 'proposal.accept_co_authorship' : 'proposal.decline_co_authorship',
      resourceType: 'proposal',
      resourceId: proposal.id,
      before: { invitationId: invitation.id, state: invitation.state },
      after: { invitationId: invitation.id, state: after!.state },
    });
    await notify(tx, {
      kind: accepting ? 'co-authors.accepted' : 'co-authors.declined',
      recipients: [proposal.authorId, ...proposal.coAuthorIds],
      resource: { type: 'proposal', id: proposal.id, href: `/proposals/${proposal.id}` },
      params: { name: tx.actor!.name, title: proposal.title },
    });
    return { invitation: after!, proposalId: proposal.id };
  });
}
