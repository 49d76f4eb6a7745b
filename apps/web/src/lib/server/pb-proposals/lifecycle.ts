import { and, eq, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import { Conflict, Invalid } from '../errors.ts';
import { defineMachine, type Guard } from '../lifecycle/machine.ts';
import type { TxCtx } from '../module.ts';
import { uuidField } from '../validation/fields.ts';
import { text } from '../validation/fields.ts';
import { ensureProposer } from './proposers.ts';
import { proposalRulesOf } from './rules.ts';
import { ensureWindow } from './windows.ts';
import { loadProposal, type InProposal } from './load.ts';
import { pbProposals, type PbProposal } from './schema.ts';
import type { PbProposalState } from './states.ts';
import { putOnBallot } from './ballot.ts';
import { announceStep } from './announce.ts';
import { recordAppealDecision } from './appeal-decision.ts';

type G = Guard<InProposal>;

const inPhase = (
  phase: 'submission' | 'analysis',
  message: 'pb_proposals.submission_closed' | 'pb_proposals.analysis_closed',
): G => ({
  name: `the ${phase} window is open`,
  check: (ctx, r) => ensureWindow(r.process, r.phases, phase, ctx.now(), message),
});

const mayPropose: G = {
  name: 'the author may propose in this process',
  check: (ctx, r) => ensureProposer(ctx, r.process, r.phases),
};

/** A group proposal has at least the process's group size, the author included. */
const groupComplete: G = {
  name: 'enough co-authors accepted',
  async check(ctx, r) {
    const { minGroupSize } = await proposalRulesOf(ctx.db, r.process.id);
    const size = 1 + r.members.filter((m) => m.state === 'accepted').length;
    if (size < minGroupSize) throw new Conflict('pb_proposals.group_too_small');
  },
};

/** Every criterion of the checklist analysed and passed, and the city's cost estimated. */
const analysedAndPassed: G = {
  name: 'every criterion passed and the city estimated the cost',
  async check(ctx, r) {
    const { checklist } = await proposalRulesOf(ctx.db, r.process.id);
    const a = r.proposal.analysis;
    if (checklist.some((c) => !a[c.key])) throw new Conflict('pb_proposals.analysis_incomplete');
    if (checklist.some((c) => !a[c.key]!.passed))
      throw new Conflict('pb_proposals.criteria_failed');
    if (!r.proposal.cityCost) throw new Conflict('pb_proposals.city_cost_missing');
  },
};

/** A merge goes into another submitted or eligible proposal of the same process. */
const mergeTarget: G = {
  name: 'the proposal merged into is live in the same process',
  async check(ctx, r, input) {
    const targetId = String(input.mergedIntoId);
    if (targetId === r.proposal.id) throw new Invalid({ mergedIntoId: 'pb_proposals.merge.self' });
    const [target] = await ctx.db
      .select({ state: pbProposals.state })
      .from(pbProposals)
      .where(and(eq(pbProposals.id, targetId), eq(pbProposals.processId, r.process.id)));
    if (!target || !['submitted', 'eligible'].includes(target.state))
      throw new Invalid({ mergedIntoId: 'pb_proposals.merge.target' });
  },
};

/** An appeal waits for its decision, in the appeals phase (before the ballot locks). */
const appealPending: G = {
  name: 'a pending appeal, in the appeals phase',
  check(_ctx, r) {
    if (!r.appeal || r.appeal.state !== 'pending') throw new Conflict('errors.state_changed');
    if (r.process.state !== 'appeals') throw new Conflict('pb_proposals.appeal.closed');
  },
};

/** On the ballot at the city's estimate: one must exist. */
const cityCostEstimated: G = {
  name: 'the city estimated the cost',
  check(_ctx, r) {
    if (!r.proposal.cityCost) throw new Invalid({ outcome: 'pb_proposals.city_cost_missing' });
  },
};

/** The author's places in a domain: 1…limit; the first free one, or the limit is reached. */
async function freeSlot(ctx: TxCtx, p: PbProposal): Promise<number> {
  const { perDomainLimit } = await proposalRulesOf(ctx.db, p.processId);
  const taken = await ctx.db
    .select({ slot: pbProposals.domainSlot })
    .from(pbProposals)
    .where(
      and(
        eq(pbProposals.processId, p.processId),
        eq(pbProposals.authorId, p.authorId),
        eq(pbProposals.domainId, p.domainId),
        isNotNull(pbProposals.domainSlot),
      ),
    );
  const used = new Set(taken.map((t) => t.slot));
  for (let s = 1; s <= perDomainLimit; s++) if (!used.has(s)) return s;
  throw new Invalid({ domainId: 'pb_proposals.limit_reached' });
}

/** What each step writes besides the state. */
async function changesFor(ctx: TxCtx, r: InProposal, name: string, input: Record<string, unknown>) {
  const now = ctx.now();
  switch (name) {
    case 'submit':
      return { domainSlot: await freeSlot(ctx, r.proposal), submittedAt: now };
    case 'withdraw':
      return { domainSlot: null };
    case 'mark_eligible':
    case 'appeal_upheld':
      return { decidedAt: now, projectId: await putOnBallot(ctx.db, r.proposal) };
    case 'mark_ineligible':
      return { decidedAt: now, ineligibleReason: String(input.ineligibleReason) };
    case 'merge':
      return { decidedAt: now, mergedIntoId: String(input.mergedIntoId) };
    default:
      return {};
  }
}

export async function applyStep(
  ctx: TxCtx,
  r: InProposal,
  name: string,
  to: PbProposalState,
  input: Record<string, unknown>,
): Promise<InProposal> {
  const [proposal] = await ctx.db
    .update(pbProposals)
    .set({
      state: to,
      ...(await changesFor(ctx, r, name, input)),
      version: r.proposal.version + 1,
      updatedAt: ctx.now(),
    })
    .where(eq(pbProposals.id, r.proposal.id))
    .returning();
  const appeal =
    name === 'appeal_upheld'
      ? await recordAppealDecision(ctx, r.appeal!, 'upheld', String(input.decisionReason))
      : r.appeal;
  return { ...r, proposal: proposal!, appeal };
}

/**
 * A citizen proposal's lifecycle (decision 056): the author submits it in the submission window
 * (taking one of their places in its domain; a group once enough co-authors accepted) or
 * withdraws it; the analysis, in its window, finds it eligible (it goes on the ballot at the
 * city's cost), ineligible with public reasons, or merges it into another. An appeal upheld in
 * the appeals phase puts an ineligible proposal on the ballot as well (appeals.ts decides).
 */
export const pbProposalMachine = defineMachine({
  resourceType: 'pb_proposal',
  auditPrefix: 'pb.proposal',
  transitions: {
    submit: {
      from: ['draft'],
      to: 'submitted',
      action: 'pb.proposal.edit',
      guards: [inPhase('submission', 'pb_proposals.submission_closed'), mayPropose, groupComplete],
      idempotent: true,
    },
    withdraw: {
      from: ['draft', 'submitted'],
      to: 'withdrawn',
      action: 'pb.proposal.edit',
      guards: [inPhase('submission', 'pb_proposals.submission_closed')],
    },
    mark_eligible: {
      from: ['submitted'],
      to: 'eligible',
      action: 'pb.proposal.analyse',
      guards: [inPhase('analysis', 'pb_proposals.analysis_closed'), analysedAndPassed],
    },
    mark_ineligible: {
      from: ['submitted'],
      to: 'ineligible',
      action: 'pb.proposal.analyse',
      input: z.object({ ineligibleReason: text({ max: 5000, multiline: true }) }),
      guards: [inPhase('analysis', 'pb_proposals.analysis_closed')],
    },
    merge: {
      from: ['submitted'],
      to: 'merged',
      action: 'pb.proposal.analyse',
      input: z.object({ mergedIntoId: uuidField() }),
      guards: [inPhase('analysis', 'pb_proposals.analysis_closed'), mergeTarget],
    },
    appeal_upheld: {
      from: ['ineligible'],
      to: 'eligible',
      action: 'pb.proposal.analyse',
      input: z.object({ decisionReason: text({ max: 5000, multiline: true }) }),
      guards: [appealPending, cityCostEstimated],
    },
  },
  lock: (ctx, id) => loadProposal(ctx, id, true),
  state: (r: InProposal): PbProposalState => r.proposal.state,
  id: (r) => r.proposal.id,
  apply: (ctx, r, step) => applyStep(ctx, r, step.name, step.to, step.input),
  snapshot: ({ proposal: p, appeal }) => ({
    state: p.state,
    domainSlot: p.domainSlot,
    ineligibleReason: p.ineligibleReason,
    mergedIntoId: p.mergedIntoId,
    projectId: p.projectId,
    appeal: appeal?.state ?? null,
  }),
  after: (ctx, before, after, step) => announceStep(ctx, before, after, step.name),
});
