import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isUuid } from '../db/ids.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { defineMachine, type Guard } from '../lifecycle/machine.ts';
import type { TxCtx } from '../module.ts';
import { can } from '../permissions/can.ts';
import { innovationCalls, type InnovationCall } from '../calls/schema.ts';
import { isAcceptingProposals } from '../calls/service.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { proposals, type Proposal } from './schema.ts';
import { submitSchema } from './form.ts';

export const PROPOSAL_STATES = ['draft', 'submitted', 'withdrawn'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** A proposal with the call it belongs to: what the permission rules look at. */
export interface InCall {
  proposal: Proposal;
  call: InnovationCall;
}

const callAccepting: Guard<InCall> = {
  name: 'the call takes proposals now',
  check(ctx, { call }) {
    if (!isAcceptingProposals(call, ctx.now())) throw new Conflict('proposals.call_closed');
  },
};

const complete: Guard<InCall> = {
  name: 'the problem and the solution are written',
  check(_ctx, { proposal }, input) {
    const text = { ...proposal, ...input };
    const missing: Record<string, MessageKey> = {};
    if (!String(text.problem ?? '').trim()) missing.problem = 'form.required';
    if (!String(text.solution ?? '').trim()) missing.solution = 'form.required';
    if (Object.keys(missing).length) throw new Invalid(missing);
  },
};

/**
 * Submitting may carry the edited text (the edit page's "submit": one intent, one transaction,
 * one audit entry); without fields, the saved draft is submitted as it is.
 */
const submitInput = z.preprocess(
  (v) => (v && typeof v === 'object' && Object.keys(v).length ? v : undefined),
  submitSchema.optional(),
);

async function lockProposal(ctx: TxCtx, id: string): Promise<InCall> {
  if (!isUuid(id)) throw new NotFound('proposal');
  const [row] = await ctx.db
    .select({ proposal: proposals, call: innovationCalls })
    .from(proposals)
    .innerJoin(innovationCalls, eq(innovationCalls.id, proposals.callId))
    .where(and(eq(proposals.id, id), eq(proposals.organisationId, ctx.org.id)))
    .for('update', { of: proposals });
  // Someone who may not even read it learns nothing: not found.
  if (!row || !can(ctx.actor, 'proposal.read', row)) throw new NotFound('proposal');
  return row;
}

/** draft → submitted; draft or submitted → withdrawn. Review states come with the jury. */
export const proposalMachine = defineMachine({
  resourceType: 'proposal',
  auditPrefix: 'proposal',
  transitions: {
    submit: {
      from: ['draft'],
      to: 'submitted',
      action: 'proposal.submit',
      input: submitInput,
      guards: [callAccepting, complete],
      idempotent: true,
    },
    withdraw: {
      from: ['draft', 'submitted'],
      to: 'withdrawn',
      action: 'proposal.withdraw',
      idempotent: true,
    },
  },
  lock: lockProposal,
  state: (r: InCall): ProposalState => r.proposal.state,
  id: (r) => r.proposal.id,
  async apply(ctx, r, step) {
    const now = ctx.now();
    const [after] = await ctx.db
      .update(proposals)
      .set({
        ...step.input,
        state: step.to,
        updatedAt: now,
        ...(step.to === 'submitted' ? { submittedAt: now } : {}),
      })
      .where(eq(proposals.id, r.proposal.id))
      .returning();
    return { proposal: after!, call: r.call };
  },
  // The state, and the text the step changed (if it carried any).
  snapshot: ({ proposal }, step) => ({
    state: proposal.state,
    ...Object.fromEntries(Object.keys(step.input).map((k) => [k, proposal[k as keyof Proposal]])),
  }),
});

export type ProposalTransition = keyof typeof proposalMachine.transitions;
