import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import type { TxCtx } from '../module.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Invalid } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { email } from '../validation/fields.ts';
import { memberships, users } from '../accounts/schema.ts';
import { actorFor, hashToken, newToken } from '../accounts/sessions.ts';
import { inAudience } from '../calls/permissions.ts';
import { proposalMachine } from '../proposals/lifecycle.ts';
import { proposalInvitations, type ProposalInvitation } from './schema.ts';
import { queueInvitationMail } from './invitation-mail.ts';
import { teamFull, teamLimit } from './team.ts';

/** How long a mailed invitation stays valid. */
export const INVITATION_DAYS = 14;

const inviteSchema = z.object({ email: email() });

/** The invited colleague: an account that is a member of this organisation, by address. */
async function colleagueByEmail(ctx: Ctx, address: string) {
  const [row] = await ctx.db
    .select({ user: users })
    .from(users)
    .innerJoin(
      memberships,
      and(eq(memberships.userId, users.id), eq(memberships.organisationId, ctx.org.id)),
    )
    .where(and(sql`lower(${users.email}) = ${address}`, sql`${users.erasedAt} is null`));
  return row?.user ?? null;
}

/**
 * An author of a draft invites a colleague, by e-mail, to co-author it: the colleague must be a
 * member of the organisation in the call's audience, not already an author, and the team must
 * have a free seat. The invitation and its mail (a one-time link, the token kept only as a hash)
 * are written with the audit entry in one transaction. Inviting someone whose invitation still
 * waits returns that one and sends nothing again (a resent form is not a second invitation).
 */
export async function inviteCoAuthor(
  ctx: Ctx,
  proposalId: string,
  input: unknown,
): Promise<{ invitation: ProposalInvitation; created: boolean }> {
  const { email: address } = parseInput(inviteSchema, input);
  return inTransaction(ctx, async (tx) => {
    const row = await proposalMachine.lock(tx, proposalId);
    const { proposal, call } = row;
    if (proposal.state !== 'draft') throw new Conflict('errors.state_changed');
    if (!call.allowsTeam) throw new Invalid({ email: 'coauthors.invite.no_teams' });
    authorize(tx.actor, 'proposal.invite_co_author', row);
    const invitee = await colleagueByEmail(tx, address);
    if (!invitee) throw new Invalid({ email: 'coauthors.invite.not_colleague' });
    if (invitee.id === proposal.authorId || proposal.coAuthorIds.includes(invitee.id)) {
      throw new Invalid({ email: 'coauthors.invite.already_author' });
    }
    if (!inAudience(await actorFor(tx.db, invitee, tx.org.id), call)) {
      throw new Invalid({ email: 'coauthors.invite.not_in_audience' });
    }
    if (teamFull(proposal, call)) {
      throw new Invalid({
        email: { key: 'coauthors.team_full', params: { size: teamLimit(call) } },
      });
    }
    const [waiting] = await tx.db
      .select()
      .from(proposalInvitations)
      .where(
        and(
          eq(proposalInvitations.proposalId, proposal.id),
          eq(proposalInvitations.inviteeId, invitee.id),
          eq(proposalInvitations.state, 'pending'),
        ),
      );
    if (waiting && waiting.expiresAt > tx.now()) return { invitation: waiting, created: false };
    if (waiting) await expire(tx, waiting);
    const token = newToken();
    const expiresAt = new Date(tx.now().getTime() + INVITATION_DAYS * 86_400_000);
    const [invitation] = await tx.db
      .insert(proposalInvitations)
      .values({
        organisationId: tx.org.id,
        proposalId: proposal.id,
        inviteeId: invitee.id,
        invitedBy: tx.actor!.userId,
        tokenHash: hashToken(token),
        expiresAt,
      })
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'proposal.invite_co_author',
      resourceType: 'proposal',
      resourceId: proposal.id,
      after: { invitationId: invitation!.id, inviteeId: invitee.id, expiresAt },
    });
    await queueInvitationMail(tx.db, {
      org: tx.org,
      to: invitee,
      inviter: tx.actor!.name,
      title: proposal.title,
      callTitle: call.title,
      token,
      expiresAt,
    });
    return { invitation: invitation!, created: true };
  });
}

/**
 * An expired invitation still pending is closed (as withdrawn) before a new one is made, with
 * its own audit entry: its state changes like a withdrawal does (manage.ts).
 */
async function expire(tx: TxCtx, invitation: ProposalInvitation) {
  await tx.db
    .update(proposalInvitations)
    .set({ state: 'withdrawn', respondedAt: tx.now(), updatedAt: tx.now() })
    .where(eq(proposalInvitations.id, invitation.id));
  await recordAudit(tx.db, tx, {
    action: 'proposal.expire_co_author_invitation',
    resourceType: 'proposal',
    resourceId: invitation.proposalId,
    before: { invitationId: invitation.id, state: invitation.state },
    after: { invitationId: invitation.id, state: 'withdrawn' },
  });
}
