import { and, eq, inArray, ne } from 'drizzle-orm';
import type { TxCtx } from '../module.ts';
import { recordAudit } from '../audit/record.ts';
import { memberships } from '../accounts/schema.ts';
import { proposals } from '../proposals/schema.ts';
import { proposalCoAuthors } from './schema.ts';

/**
 * Makes these people co-authors of the proposal, inside the caller's transaction, and returns
 * those who were added. Built for merging duplicates ("merge B into A: B's authors become
 * co-authors of A" — call it with A's id and B's author and co-author ids): the lead author,
 * people already co-authors and people no longer members of the organisation are skipped, so the
 * caller need not filter. They join as `joined_via` 'merge', not held to the call's team size
 * (the moderator keeps everyone who wrote the idea; decision 032); joining by invitation is, in
 * respond.ts, through the same triggers. One audit entry records who was added.
 */
export async function addCoAuthors(
  tx: TxCtx,
  proposalId: string,
  userIds: readonly string[],
): Promise<string[]> {
  const [proposal] = await tx.db
    .select({ authorId: proposals.authorId, coAuthorIds: proposals.coAuthorIds })
    .from(proposals)
    .where(and(eq(proposals.id, proposalId), eq(proposals.organisationId, tx.org.id)))
    .for('update');
  if (!proposal) throw new Error(`addCoAuthors: no proposal ${proposalId} in this organisation`);
  const wanted = [...new Set(userIds)].filter(
    (id) => id !== proposal.authorId && !proposal.coAuthorIds.includes(id),
  );
  if (!wanted.length) return [];
  const members = await tx.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, tx.org.id),
        inArray(memberships.userId, wanted),
        ne(memberships.userId, proposal.authorId),
      ),
    );
  const added = wanted.filter((id) => members.some((m) => m.userId === id));
  if (!added.length) return [];
  await tx.db
    .insert(proposalCoAuthors)
    .values(
      added.map((userId) => ({
        organisationId: tx.org.id,
        proposalId,
        userId,
        joinedVia: 'merge' as const,
      })),
    )
    .onConflictDoNothing();
  await recordAudit(tx.db, tx, {
    action: 'proposal.co_authors_add',
    resourceType: 'proposal',
    resourceId: proposalId,
    before: { coAuthorIds: proposal.coAuthorIds },
    after: { coAuthorIds: [...proposal.coAuthorIds, ...added], via: 'merge' },
  });
  return added;
}
