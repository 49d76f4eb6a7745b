import { and, asc, eq, inArray, ne, or } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { users } from '../accounts/schema.ts';
import { can } from '../permissions/can.ts';
import { transitionsFor } from '../lifecycle/transition.ts';
import { getProcess } from '../pb/processes.ts';
import { pbProposalMachine } from './lifecycle.ts';
import { loadProposal } from './load.ts';
import { proposalRulesOf } from './rules.ts';
import { pbAppeals, pbProposalMembers, pbProposals } from './schema.ts';
import { PUBLIC_STATES } from './states.ts';
import { proposerStatus } from './proposers.ts';

/**
 * A process's proposals as the actor may see them: every submitted one (their states, reasons
 * and appeals are public), and the actor's own drafts; with the process, its domains and rules.
 */
export async function listPbProposals(ctx: Ctx, processId: string) {
  const view = await getProcess(ctx, processId);
  const mine = ctx.actor
    ? or(
        eq(pbProposals.authorId, ctx.actor.userId),
        inArray(
          pbProposals.id,
          ctx.db
            .select({ id: pbProposalMembers.proposalId })
            .from(pbProposalMembers)
            .where(eq(pbProposalMembers.userId, ctx.actor.userId)),
        ),
      )
    : undefined;
  const visible = mine
    ? or(inArray(pbProposals.state, [...PUBLIC_STATES]), mine)
    : inArray(pbProposals.state, [...PUBLIC_STATES]);
  const proposals = await ctx.db
    .select()
    .from(pbProposals)
    .where(
      and(eq(pbProposals.processId, view.process.id), ne(pbProposals.state, 'withdrawn'), visible),
    )
    .orderBy(asc(pbProposals.number));
  const appeals = proposals.length
    ? await ctx.db
        .select()
        .from(pbAppeals)
        .where(
          inArray(
            pbAppeals.proposalId,
            proposals.map((p) => p.id),
          ),
        )
    : [];
  return {
    ...view,
    proposals,
    appeals: Object.fromEntries(appeals.map((a) => [a.proposalId, a])),
    rules: await proposalRulesOf(ctx.db, view.process.id),
    status: await proposerStatus(ctx, view.process, view.phases),
    canAnalyse: can(ctx.actor, 'pb.proposal.administer', view.process),
  };
}

/**
 * One proposal with what its page shows: domain, co-authors, appeal, checklist, the steps.
 * Co-authors are named once they accepted; whom the author invited is the author's to see (a
 * person who has not answered, or will decline, is not announced beside the proposal).
 */
export async function getPbProposal(ctx: Ctx, id: string) {
  const r = await loadProposal(ctx, id);
  const shown = can(ctx.actor, 'pb.proposal.edit', r)
    ? r.members
    : r.members.filter((m) => m.state === 'accepted');
  const [rules, domains, people] = await Promise.all([
    proposalRulesOf(ctx.db, r.process.id),
    getProcess(ctx, r.process.id).then((v) => v.domains),
    shown.length
      ? ctx.db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(
            inArray(
              users.id,
              shown.map((m) => m.userId),
            ),
          )
      : Promise.resolve([]),
  ]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const mergedInto = r.proposal.mergedIntoId
    ? ((
        await ctx.db
          .select({ id: pbProposals.id, number: pbProposals.number, title: pbProposals.title })
          .from(pbProposals)
          .where(eq(pbProposals.id, r.proposal.mergedIntoId))
      )[0] ?? null)
    : null;
  const mergeTargets = can(ctx.actor, 'pb.proposal.analyse', r)
    ? await ctx.db
        .select({ id: pbProposals.id, number: pbProposals.number, title: pbProposals.title })
        .from(pbProposals)
        .where(
          and(
            eq(pbProposals.processId, r.process.id),
            inArray(pbProposals.state, ['submitted', 'eligible']),
            ne(pbProposals.id, r.proposal.id),
          ),
        )
        .orderBy(asc(pbProposals.number))
    : [];
  return {
    ...r,
    rules,
    domain: domains.find((d) => d.id === r.proposal.domainId) ?? null,
    members: shown.map((m) => ({ ...m, name: names.get(m.userId) ?? '' })),
    mergedInto,
    mergeTargets,
    steps: transitionsFor(pbProposalMachine, ctx.actor, r),
    may: {
      edit: can(ctx.actor, 'pb.proposal.edit', r),
      join: can(ctx.actor, 'pb.proposal.join', r),
      analyse: can(ctx.actor, 'pb.proposal.analyse', r),
      appeal: can(ctx.actor, 'pb.proposal.appeal', r),
    },
  };
}
