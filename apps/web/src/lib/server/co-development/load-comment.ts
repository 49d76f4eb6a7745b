import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { isUuid } from '../db/ids.ts';
import { NotFound } from '../errors.ts';
import { can } from '../permissions/can.ts';
import { innovationCalls } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import { authorsOf } from './discussed.ts';
import type { OnComment } from './permissions.ts';
import { proposalComments } from './schema.ts';

/**
 * A comment with its proposal, call and authors; its row locked for the transaction when
 * asked (two moderators hiding it at once: the second sees the first's change). Not found for
 * a comment the actor may not read — nor its existence.
 */
export async function loadComment(ctx: Ctx, commentId: string, lock = false): Promise<OnComment> {
  if (!isUuid(commentId)) throw new NotFound('comment');
  const query = ctx.db
    .select({ comment: proposalComments, proposal: proposals, call: innovationCalls })
    .from(proposalComments)
    .innerJoin(proposals, eq(proposals.id, proposalComments.proposalId))
    .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
    .where(
      and(eq(proposalComments.id, commentId), eq(proposalComments.organisationId, ctx.org.id)),
    );
  const [row] = lock ? await query.for('update', { of: proposalComments }) : await query;
  if (!row) throw new NotFound('comment');
  const r = { ...row, authorIds: authorsOf(row.proposal) };
  if (!can(ctx.actor, 'comment.read', r)) throw new NotFound('comment');
  return r;
}
