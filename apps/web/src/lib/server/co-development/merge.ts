import { and, eq } from 'drizzle-orm';
import type { TxCtx } from '../module.ts';
import { recordAudit } from '../audit/record.ts';
import { notify } from '../notifications/notify.ts';
import { addCoAuthors } from '../co-authors/add.ts';
import { proposals, type Proposal } from '../proposals/schema.ts';
import { authorsOf } from './discussed.ts';
import { others } from './audience.ts';
import { proposalFollowers, proposalSupports } from './schema.ts';

/**
 * What merging duplicate B into A carries over, inside the merge's transaction (the lifecycle's
 * `merge` step): B's authors become co-authors of A; B's supports move to A, once per person
 * (someone who supported both counts once; an author of A, new co-authors included, keeps
 * none — the trigger proposal_co_authors_drop_support removes theirs); B's followers follow
 * A; A's authors are told why. B's authors hear of it through the step itself.
 */
export async function carryOverMerge(ctx: TxCtx, duplicate: Proposal) {
  const targetId = duplicate.mergedIntoId!;
  const [before] = await ctx.db.select().from(proposals).where(eq(proposals.id, targetId));
  const joined = await addCoAuthors(ctx, targetId, authorsOf(duplicate));
  const [target] = await ctx.db.select().from(proposals).where(eq(proposals.id, targetId));
  const authors = authorsOf(target!);
  const moved = async (table: typeof proposalSupports | typeof proposalFollowers) => {
    const rows = await ctx.db
      .delete(table)
      .where(and(eq(table.proposalId, duplicate.id), eq(table.organisationId, ctx.org.id)))
      .returning();
    const carried = rows
      .filter((r) => !authors.includes(r.userId))
      .map((r) => ({ ...r, proposalId: targetId }));
    if (!carried.length) return 0;
    const added = await ctx.db
      .insert(table)
      .values(carried)
      .onConflictDoNothing({ target: [table.proposalId, table.userId] })
      .returning();
    return added.length;
  };
  const supports = await moved(proposalSupports);
  const followers = await moved(proposalFollowers);
  await recordAudit(ctx.db, ctx, {
    action: 'proposal.merge_carry_over',
    resourceType: 'proposal',
    resourceId: targetId,
    after: {
      from: duplicate.id,
      coAuthorsAdded: joined,
      supportsMoved: supports,
      followersMoved: followers,
    },
  });
  await notify(ctx, {
    kind: 'co-development.merged_in',
    recipients: others(ctx, authorsOf(before!)),
    resource: { type: 'proposal', id: targetId, href: `/proposals/${targetId}` },
    params: {
      title: target!.title,
      duplicate: duplicate.title,
      reason: duplicate.reviewNote ?? '',
    },
  });
}
