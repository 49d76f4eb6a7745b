import { and, eq, ne, sql } from 'drizzle-orm';
import type { TxCtx } from '../module.ts';
import { memberships } from '../accounts/schema.ts';
import { notify } from '../notifications/notify.ts';
import { proposalFollowers } from './schema.ts';
import type { Discussed } from './permissions.ts';

/** The proposal's followers (user ids). */
export async function followersOf(ctx: TxCtx, proposalId: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ userId: proposalFollowers.userId })
    .from(proposalFollowers)
    .where(
      and(
        eq(proposalFollowers.proposalId, proposalId),
        eq(proposalFollowers.organisationId, ctx.org.id),
      ),
    );
  return rows.map((r) => r.userId);
}

/** The organisation's moderators and administrators, but the actor. */
export async function moderatorsOf(ctx: TxCtx): Promise<string[]> {
  const rows = await ctx.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, ctx.org.id),
        sql`${memberships.roles} && array['moderator','admin']::text[]`,
        ctx.actor ? ne(memberships.userId, ctx.actor.userId) : undefined,
      ),
    );
  return rows.map((r) => r.userId);
}

/** Everyone but the actor, each once, in order. */
export const others = (ctx: TxCtx, ids: readonly string[]) =>
  [...new Set(ids)].filter((id) => id !== ctx.actor?.userId);

/**
 * Tells a proposal's authors and followers something about it (never the one who did it).
 * Params carry the title only: no commenter's or author's name reaches anyone who might be a
 * blind call's evaluator.
 */
export async function tellAuthorsAndFollowers(
  ctx: TxCtx,
  r: Discussed,
  kind: string,
  except: readonly string[] = [],
) {
  const recipients = others(ctx, [...r.authorIds, ...(await followersOf(ctx, r.proposal.id))]);
  return notify(ctx, {
    kind,
    recipients: recipients.filter((id) => !except.includes(id)),
    resource: { type: 'proposal', id: r.proposal.id, href: `/proposals/${r.proposal.id}` },
    params: { title: r.proposal.title },
  });
}
