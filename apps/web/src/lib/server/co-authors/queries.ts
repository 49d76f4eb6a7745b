import { and, asc, desc, eq, gt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Ctx } from '../context.ts';
import { can } from '../permissions/can.ts';
import { hashToken } from '../accounts/sessions.ts';
import { users } from '../accounts/schema.ts';
import { innovationCalls } from '../calls/schema.ts';
import type { InCall } from '../proposals/lifecycle.ts';
import { proposals } from '../proposals/schema.ts';
import { proposalCoAuthors, proposalInvitations } from './schema.ts';
import { teamLimit } from './team.ts';

/**
 * The proposal page's authors panel: the co-authors (in the order they joined), and — for the
 * authors of a draft — the invitations still waiting and whether they may invite or remove.
 * Someone who may not see the authors (a blind call's evaluator) gets nothing at all.
 */
export async function coAuthorPanel(ctx: Ctx, r: InCall) {
  if (!can(ctx.actor, 'proposal.sees_authors', r)) return null;
  const coAuthors = await ctx.db
    .select({ userId: users.id, name: users.name })
    .from(proposalCoAuthors)
    .innerJoin(users, eq(users.id, proposalCoAuthors.userId))
    .where(eq(proposalCoAuthors.proposalId, r.proposal.id))
    .orderBy(asc(proposalCoAuthors.createdAt), asc(users.id));
  const manages = can(ctx.actor, 'proposal.manage_co_authors', r);
  const pending = manages ? await pendingOf(ctx, r.proposal.id) : [];
  return {
    coAuthors,
    pending,
    manages,
    mayInvite: can(ctx.actor, 'proposal.invite_co_author', r),
    teamLimit: teamLimit(r.call),
    me: ctx.actor?.userId ?? null,
  };
}

async function pendingOf(ctx: Ctx, proposalId: string) {
  return ctx.db
    .select({
      id: proposalInvitations.id,
      name: users.name,
      email: users.email,
      createdAt: proposalInvitations.createdAt,
    })
    .from(proposalInvitations)
    .innerJoin(users, eq(users.id, proposalInvitations.inviteeId))
    .where(
      and(
        eq(proposalInvitations.proposalId, proposalId),
        eq(proposalInvitations.state, 'pending'),
        gt(proposalInvitations.expiresAt, ctx.now()),
      ),
    )
    .orderBy(asc(proposalInvitations.createdAt));
}

const inviter = alias(users, 'inviter');

/**
 * Invitations waiting for the actor's answer in this organisation: by the mailed link's token
 * (that one invitation, if it is theirs) or all of them, newest first.
 */
export async function invitationsFor(ctx: Ctx, token?: string | null) {
  if (!ctx.actor) return [];
  return ctx.db
    .select({
      id: proposalInvitations.id,
      proposalId: proposals.id,
      title: proposals.title,
      callTitle: innovationCalls.title,
      inviter: inviter.name,
      expiresAt: proposalInvitations.expiresAt,
    })
    .from(proposalInvitations)
    .innerJoin(proposals, eq(proposals.id, proposalInvitations.proposalId))
    .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
    .innerJoin(inviter, eq(inviter.id, proposalInvitations.invitedBy))
    .where(
      and(
        eq(proposalInvitations.organisationId, ctx.org.id),
        eq(proposalInvitations.inviteeId, ctx.actor.userId),
        eq(proposalInvitations.state, 'pending'),
        gt(proposalInvitations.expiresAt, ctx.now()),
        token ? eq(proposalInvitations.tokenHash, hashToken(token)) : undefined,
      ),
    )
    .orderBy(desc(proposalInvitations.createdAt))
    .limit(100);
}
