import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { interpolate } from '../../i18n/message.ts';
import { LOCALES } from '../../i18n/locales.ts';
import type { LocalizedText } from '../../i18n/localized.ts';
import type { CallCategory, InnovationCall } from '../calls/schema.ts';
import { proposals } from '../proposals/schema.ts';
import type { ProposalState } from '../proposals/states.ts';
import type { BallotRule, CountingRule } from '../pb/ballot-rule.ts';
import { pbDomains, pbPhases, pbProcesses, pbProjects } from '../pb/schema.ts';
import { messages } from './messages.ts';
import { callStaffVoteProjects, callStaffVotes } from './schema.ts';

/** The call's proposals that go on the staff ballot: past the formal check, not yet decided. */
export const BALLOT_STATES: readonly ProposalState[] = ['eligible', 'in_evaluation', 'shortlisted'];

/** What a staff vote is made of besides the call's proposals: its rule and its dates. */
export interface StaffVoteSpec {
  call: InnovationCall & { categories: CallCategory[] };
  rule: BallotRule;
  countingRule: CountingRule;
  maxWinners: number;
  opensAt: Date;
  closesAt: Date;
  resultsAt: Date;
  createdBy: string | null;
}

export type BallotProposal = Awaited<ReturnType<typeof ballotProposals>>[number];

/** The proposals on the ballot, in the order they were submitted. No author is read. */
export function ballotProposals(db: Queryable, organisationId: string, callId: string) {
  return db
    .select({
      id: proposals.id,
      categoryId: proposals.categoryId,
      title: proposals.title,
      problem: proposals.problem,
      solution: proposals.solution,
      costMinor: proposals.costMinor,
    })
    .from(proposals)
    .where(
      and(
        eq(proposals.organisationId, organisationId),
        eq(proposals.callId, callId),
        inArray(proposals.state, [...BALLOT_STATES]),
      ),
    )
    .orderBy(asc(proposals.submittedAt), asc(proposals.id));
}

/**
 * A project's cost on the ballot: what the proposal asks. A ballot project costs something
 * (pb_projects_cost); a proposal that asks no money goes on it at the smallest amount, so that
 * it never weighs on a budget (decision 058).
 */
export const ballotCost = (p: Pick<BallotProposal, 'costMinor'>) => Math.max(p.costMinor ?? 0, 1);

/** "Staff vote: <the call's title>", in each language the call has a title in. */
function processTitle(title: LocalizedText): LocalizedText {
  const text = messages['staff_vote.process_title'];
  return Object.fromEntries(
    LOCALES.filter((l) => title[l]).map((l) => [l, interpolate(text[l], { call: title[l]! })]),
  ) as LocalizedText;
}

/** The project's text on the ballot: the problem and the idea — never who wrote them. */
const summaryOf = (p: BallotProposal) => `${p.problem}\n\n${p.solution}`.slice(0, 5000);

/** The process's money: the call's support budget, or what all the proposals ask together. */
function moneyOf(call: StaffVoteSpec['call'], list: BallotProposal[]) {
  const costs = list.map(ballotCost);
  const total = costs.reduce((a, b) => a + b, 0);
  return { budget: call.supportBudgetMinor || total, projectCap: Math.max(...costs), costs };
}

/**
 * Makes the staff vote: an internal process (employees vote) in draft, its timeline (voting,
 * validation, results), its ballot (fillBallot) and the link to the call. The caller owns the
 * transaction and the audit entry.
 */
export async function buildStaffVote(db: Queryable, s: StaffVoteSpec, list: BallotProposal[]) {
  const organisationId = s.call.organisationId;
  const { budget, projectCap } = moneyOf(s.call, list);
  const [process] = await db
    .insert(pbProcesses)
    .values({
      organisationId,
      title: processTitle(s.call.title),
      description: s.call.description,
      audience: 'internal',
      budget,
      projectCap,
      currency: s.call.supportCurrency,
      ballotRule: s.rule,
      countingRule: s.countingRule,
      maxWinners: s.maxWinners,
      createdBy: s.createdBy,
    })
    .returning();
  const ids = { organisationId, processId: process!.id };
  const phases = [
    { phase: 'voting' as const, startsAt: s.opensAt },
    { phase: 'validation' as const, startsAt: s.closesAt },
    { phase: 'results' as const, startsAt: s.resultsAt },
  ];
  await db.insert(pbPhases).values(phases.map((p) => ({ ...ids, ...p })));
  await fillBallot(db, ids, s.call, list);
  const [vote] = await db
    .insert(callStaffVotes)
    .values({ ...ids, callId: s.call.id, createdBy: s.createdBy })
    .returning();
  return { vote: vote!, process: process!, phases };
}

/** The process's ballot from the call: its categories as domains, its proposals as projects. */
async function fillBallot(
  db: Queryable,
  ids: { organisationId: string; processId: string },
  call: StaffVoteSpec['call'],
  list: BallotProposal[],
) {
  const { costs } = moneyOf(call, list);
  const domainOf = new Map(call.categories.map((c) => [c.id, uuidv7()]));
  await db.insert(pbDomains).values(
    call.categories.map((c) => ({
      ...ids,
      id: domainOf.get(c.id)!,
      key: c.key,
      name: c.name,
      position: c.position,
    })),
  );
  const projects = list.map((p, i) => ({
    ...ids,
    id: uuidv7(),
    domainId: domainOf.get(p.categoryId)!,
    number: i + 1,
    title: p.title,
    summary: summaryOf(p),
    cost: costs[i]!,
  }));
  await db.insert(pbProjects).values(projects);
  await db
    .insert(callStaffVoteProjects)
    .values(list.map((p, i) => ({ ...ids, projectId: projects[i]!.id, proposalId: p.id })));
}

/**
 * Builds a draft staff vote's ballot again from the call as it is now: proposals that became
 * eligible since are added, decided ones leave. The projects' links go with them (cascade).
 */
export async function rebuildBallot(
  db: Queryable,
  processId: string,
  call: StaffVoteSpec['call'],
  list: BallotProposal[],
) {
  await db.delete(pbProjects).where(eq(pbProjects.processId, processId));
  await db.delete(pbDomains).where(eq(pbDomains.processId, processId));
  const { budget, projectCap } = moneyOf(call, list);
  await db.update(pbProcesses).set({ budget, projectCap }).where(eq(pbProcesses.id, processId));
  await fillBallot(db, { organisationId: call.organisationId, processId }, call, list);
}
