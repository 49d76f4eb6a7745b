import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Invalid } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { authorize } from '../permissions/can.ts';
import { parseInput } from '../validation/parse.ts';
import { notify } from '../notifications/notify.ts';
import { memberships, users } from '../accounts/schema.ts';
import { inviteSchema } from './form.ts';
import { loadProposal } from './load.ts';
import { proposalHref } from './announce.ts';
import { pbProposalMembers } from './schema.ts';

/**
 * The author of a draft invites a co-author by the e-mail address of their account here. The
 * answer is the same whether or not the address has an account ("invitation sent" — nobody
 * learns who is registered); only a registered person is invited and told.
 */
export async function inviteMember(ctx: Ctx, proposalId: string, input: unknown) {
  const { email } = parseInput(inviteSchema, input);
  return inTransaction(ctx, async (tx) => {
    const r = await loadProposal(tx, proposalId, true);
    authorize(tx.actor, 'pb.proposal.edit', r);
    if (r.proposal.state !== 'draft') throw new Conflict('pb_proposals.members.not_draft');
    const [person] = await tx.db
      .select({ id: users.id })
      .from(users)
      .innerJoin(
        memberships,
        and(eq(memberships.userId, users.id), eq(memberships.organisationId, ctx.org.id)),
      )
      .where(eq(users.email, email));
    if (person?.id === r.proposal.authorId)
      throw new Invalid({ email: 'pb_proposals.members.self' });
    if (!person || r.members.some((m) => m.userId === person.id)) return { invited: true };
    await tx.db.insert(pbProposalMembers).values({
      organisationId: ctx.org.id,
      processId: r.process.id,
      proposalId,
      userId: person.id,
      invitedAt: tx.now(),
    });
    await notify(tx, {
      kind: 'pb_proposals.invited',
      recipients: [person.id],
      resource: { type: 'pb_proposal', id: proposalId, href: proposalHref(r.proposal) },
      params: { title: r.proposal.title },
    });
    await recordAudit(tx.db, tx, {
      action: 'pb.proposal.invite',
      resourceType: 'pb_proposal',
      resourceId: proposalId,
      after: { userId: person.id },
    });
    return { invited: true };
  });
}

/** An invited person accepts (becomes a co-author) or declines (the invitation goes). */
export async function answerInvitation(ctx: Ctx, proposalId: string, accept: boolean) {
  return inTransaction(ctx, async (tx) => {
    const r = await loadProposal(tx, proposalId, true);
    authorize(tx.actor, 'pb.proposal.join', r);
    if (r.proposal.state !== 'draft') throw new Conflict('pb_proposals.members.not_draft');
    const mine = and(
      eq(pbProposalMembers.proposalId, proposalId),
      eq(pbProposalMembers.userId, tx.actor!.userId),
    );
    if (accept)
      await tx.db
        .update(pbProposalMembers)
        .set({ state: 'accepted', acceptedAt: tx.now() })
        .where(mine);
    else await tx.db.delete(pbProposalMembers).where(mine);
    await recordAudit(tx.db, tx, {
      action: accept ? 'pb.proposal.join' : 'pb.proposal.decline',
      resourceType: 'pb_proposal',
      resourceId: proposalId,
      after: { userId: tx.actor!.userId },
    });
    return { accepted: accept };
  });
}
