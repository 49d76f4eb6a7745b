import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { isUuid } from '../db/ids.ts';
import { NotFound } from '../errors.ts';
import { can } from '../permissions/can.ts';
import { innovationCalls } from '../calls/schema.ts';
import { proposals, type Proposal } from '../proposals/schema.ts';
import type { Discussed } from './permissions.ts';

/**
 * Everyone who wrote the proposal: its lead author and its co-authors (mirrored on the row).
 * The one place co-development asks, so supports, notifications and merging agree.
 */
export const authorsOf = (proposal: Pick<Proposal, 'authorId' | 'coAuthorIds'>) => [
  proposal.authorId,
  ...proposal.coAuthorIds,
];

/**
 * The proposal with its call and authors, if the actor may read it (else "not found": what
 * one may not read is not revealed). `lock` holds the proposal's row for the transaction:
 * comments and supports share it, a merge takes it alone, so they never cross.
 */
export async function loadDiscussed(
  ctx: Ctx,
  proposalId: string,
  lock?: 'share' | 'update',
): Promise<Discussed> {
  if (!isUuid(proposalId)) throw new NotFound('proposal');
  const query = ctx.db
    .select({ proposal: proposals, call: innovationCalls })
    .from(proposals)
    .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
    .where(and(eq(proposals.id, proposalId), eq(proposals.organisationId, ctx.org.id)));
  const [row] = lock ? await query.for(lock, { of: proposals }) : await query;
  if (!row || !can(ctx.actor, 'proposal.read', row)) throw new NotFound('proposal');
  return { ...row, authorIds: authorsOf(row.proposal) };
}
