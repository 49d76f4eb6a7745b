import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isUuid } from '../db/ids.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { defineMachine, type Guard } from '../lifecycle/machine.ts';
import type { TxCtx } from '../module.ts';
import { can } from '../permissions/can.ts';
import { innovationCalls, type InnovationCall } from '../calls/schema.ts';
import { isAcceptingProposals } from '../calls/service.ts';
import { optionalText, text, uuidField } from '../validation/fields.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { proposals, type Proposal } from './schema.ts';
import { submitSchema } from './form.ts';
import { assertFitsCall } from './fits-call.ts';
import { MERGE_TARGETS, type ProposalState } from './states.ts';
import { announceProposalStep } from './announce.ts';
import { carryOverMerge } from '../co-development/merge.ts';

export { PROPOSAL_STATES, type ProposalState } from './states.ts';

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

const fitsCall: Guard<InCall> = {
  name: 'the category, tags and departments are the call’s and the organisation’s',
  check: (ctx, { call }, input) => assertFitsCall(ctx, call, input),
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

/** A save carrying the version its form was opened on must find that version (no lost update). */
export function ensureUnchanged(proposal: Proposal, version: number | undefined) {
  if (version !== undefined && version !== proposal.version) {
    throw new Conflict('proposals.changed_meanwhile');
  }
}

const unchanged: Guard<InCall> = {
  name: 'nobody saved the proposal since this form was opened',
  check(_ctx, { proposal }, input) {
    ensureUnchanged(proposal, input.version as number | undefined);
  },
};

/** The database refuses it too (proposals_team_required, migration 0140). */
const teamComplete: Guard<InCall> = {
  name: 'a call taking team proposals only gets them with at least one co-author',
  check(_ctx, { proposal, call }) {
    if (!call.allowsIndividual && proposal.coAuthorIds.length === 0) {
      throw new Conflict('coauthors.team_required');
    }
  },
};

const checkPassed: Guard<InCall> = {
  name: 'no point of the formal check failed',
  check(_ctx, { proposal }) {
    if (Object.values(proposal.formalCheck).some((r) => !r.passed)) {
      throw new Conflict('proposals.check.failed_points');
    }
  },
};

const mergeTarget: Guard<InCall> = {
  name: 'the proposal merged into is another live one of the same call',
  async check(ctx, { proposal }, input) {
    const targetId = String(input.mergedIntoId);
    const [target] = await ctx.db
      .select({ callId: proposals.callId, state: proposals.state })
      .from(proposals)
      .where(and(eq(proposals.id, targetId), eq(proposals.organisationId, ctx.org.id)))
      // Held until the merge commits: two merges into the same proposal happen in turn, and a
      // crossing one (A into B while B goes into A) is stopped by the database (try again).
      .for('update');
    const ok = target && targetId !== proposal.id && target.callId === proposal.callId;
    if (!ok || !MERGE_TARGETS.includes(target.state)) {
      throw new Invalid({ mergedIntoId: 'proposals.merge.target_invalid' });
    }
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

/** Reasons are written for people: required where the authors must be told why. */
const reason = () => text({ max: 5000, multiline: true });
const clarificationInput = z.object({ clarificationRequest: reason() });
const answerInput = z.object({ clarificationAnswer: reason() });
const eligibleInput = z.object({ reviewNote: optionalText({ max: 5000, multiline: true }) });
const ineligibleInput = z.object({ ineligibleReason: reason() });
/** A merge says why (the authors of both proposals are told); kept as the review note. */
const mergeInput = z
  .object({ mergedIntoId: uuidField(), mergeReason: reason() })
  .transform(({ mergedIntoId, mergeReason }) => ({ mergedIntoId, reviewNote: mergeReason }));
const decisionInput = z.object({ decisionJustification: reason() });

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

const REVIEW_STEPS = ['request_clarification', 'mark_eligible', 'mark_ineligible', 'merge'];
const DECISION_STEPS = ['start_evaluation', 'shortlist', 'select', 'not_select'];

/** What a step stamps besides its input: when it was reviewed or decided, when submitted. */
function stamps(name: string, to: ProposalState, now: Date) {
  return {
    ...(to === 'submitted' && name === 'submit' ? { submittedAt: now } : {}),
    ...(REVIEW_STEPS.includes(name) ? { reviewedAt: now } : {}),
    ...(DECISION_STEPS.includes(name) ? { decidedAt: now } : {}),
    // A new question clears the previous answer (the audit log keeps both).
    ...(name === 'request_clarification' ? { clarificationAnswer: null } : {}),
  };
}

/**
 * draft → submitted → (clarification_requested ⇄ submitted) → eligible | ineligible →
 * in_evaluation → shortlisted | not_selected → selected; withdrawn by the authors before the
 * evaluation; merged into another proposal by a moderator. `proposal.review` is the formal
 * check (moderators, admins); `proposal.decide` the committee (admins). Neither on one's own.
 */
export const proposalMachine = defineMachine({
  resourceType: 'proposal',
  auditPrefix: 'proposal',
  transitions: {
    submit: {
      from: ['draft'],
      to: 'submitted',
      action: 'proposal.submit',
      input: submitInput,
      guards: [callAccepting, unchanged, fitsCall, complete, teamComplete],
      idempotent: true,
    },
    answer: {
      from: ['clarification_requested'],
      to: 'submitted',
      action: 'proposal.answer',
      input: answerInput,
      guards: [complete],
    },
    request_clarification: {
      from: ['submitted'],
      to: 'clarification_requested',
      action: 'proposal.review',
      input: clarificationInput,
    },
    mark_eligible: {
      from: ['submitted'],
      to: 'eligible',
      action: 'proposal.review',
      input: eligibleInput,
      guards: [checkPassed],
    },
    mark_ineligible: {
      from: ['submitted', 'clarification_requested'],
      to: 'ineligible',
      action: 'proposal.review',
      input: ineligibleInput,
    },
    merge: {
      from: ['submitted', 'clarification_requested', 'eligible'],
      to: 'merged',
      action: 'proposal.review',
      input: mergeInput,
      guards: [mergeTarget],
    },
    start_evaluation: { from: ['eligible'], to: 'in_evaluation', action: 'proposal.decide' },
    shortlist: { from: ['in_evaluation'], to: 'shortlisted', action: 'proposal.decide' },
    select: {
      from: ['in_evaluation', 'shortlisted'],
      to: 'selected',
      action: 'proposal.decide',
      input: decisionInput,
    },
    not_select: {
      from: ['in_evaluation', 'shortlisted'],
      to: 'not_selected',
      action: 'proposal.decide',
      input: decisionInput,
    },
    withdraw: {
      from: ['draft', 'submitted', 'clarification_requested', 'eligible'],
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
        ...stamps(step.name, step.to, now),
        state: step.to,
        updatedAt: now,
        version: r.proposal.version + 1,
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
  async after(ctx, before, after, step) {
    // Announce first: a merge carries the duplicate's followers over to the proposal it joins,
    // and they must still be the duplicate's followers to hear that it was merged.
    await announceProposalStep(ctx, before, after, step.name);
    if (step.name === 'merge') await carryOverMerge(ctx, after.proposal);
  },
});

export type ProposalTransition = keyof typeof proposalMachine.transitions;

/** Transitions whose form carries text (the page shows a field for it). */
export const TRANSITION_FIELDS: Partial<Record<ProposalTransition, keyof Proposal>> = {
  answer: 'clarificationAnswer',
  request_clarification: 'clarificationRequest',
  mark_eligible: 'reviewNote',
  mark_ineligible: 'ineligibleReason',
  merge: 'mergedIntoId',
  select: 'decisionJustification',
  not_select: 'decisionJustification',
};
