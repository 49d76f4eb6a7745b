import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { NotFound } from '../errors.ts';
import { parseInput } from '../validation/parse.ts';
import { transitionProposal } from '../proposals/commands.ts';
import { proposals } from '../proposals/schema.ts';
import { managedCall } from './access.ts';
import { decisionSchema } from './form.ts';

const REACHES = { select: 'selected', not_select: 'not_selected' } as const;

/**
 * The committee's decision on one proposal of the call, with its justification, through the
 * proposal's own lifecycle (which checks `proposal.decide`, the state, and audits). The same
 * decision posted twice (a double click) is a success the second time, not an error.
 */
export async function decide(ctx: Ctx, callId: string, input: unknown) {
  const data = parseInput(decisionSchema, input);
  const call = await managedCall(ctx, callId);
  const [current] = await ctx.db
    .select()
    .from(proposals)
    .where(
      and(
        eq(proposals.id, data.proposalId),
        eq(proposals.callId, call.id),
        eq(proposals.organisationId, ctx.org.id),
      ),
    );
  if (!current) throw new NotFound('proposal');
  if (
    current.state === REACHES[data.outcome] &&
    current.decisionJustification === data.decisionJustification
  ) {
    return current;
  }
  return transitionProposal(ctx, current.id, data.outcome, {
    decisionJustification: data.decisionJustification,
  });
}
