import { and, asc, eq, sql } from 'drizzle-orm';
import { cluj, count, createElection, parsePb, type Election, type Outcome } from '@innovato-r/pb';
import type { Queryable } from '../db/client.ts';
import type { CountingRule } from './ballot-rule.ts';
import {
  pbBallots,
  pbDomains,
  pbProcesses,
  pbProjects,
  type PbDomain,
  type PbProcess,
  type PbProject,
} from './schema.ts';

/**
 * The ballots that count: not invalidated, and — for paper — in a batch a second person
 * confirmed (decision 053).
 */
export const counted = sql`not ${pbBallots.invalidated} and (${pbBallots.batchId} is null or exists (
  select 1 from pb_paper_batches b where b.id = ${pbBallots.batchId} and b.confirmed_at is not null))`;

/** What a count reads: the process, its domains and projects, and the anonymous ballots. */
export interface CountData {
  process: PbProcess;
  domains: PbDomain[];
  projects: PbProject[];
  ballots: { projectIds: string[]; points: number[] }[];
}

/** Straight from the tables (no actor: publishing at a phase's date runs as the schedule). */
export async function countData(db: Queryable, processId: string): Promise<CountData> {
  const [process] = await db.select().from(pbProcesses).where(eq(pbProcesses.id, processId));
  const [domains, projects, ballots] = await Promise.all([
    db.select().from(pbDomains).where(eq(pbDomains.processId, processId)),
    db
      .select()
      .from(pbProjects)
      .where(eq(pbProjects.processId, processId))
      .orderBy(asc(pbProjects.number)),
    // Ordered by the random id: the file's voter numbers say nothing about when anyone voted.
    db
      .select({ projectIds: pbBallots.projectIds, points: pbBallots.points })
      .from(pbBallots)
      .where(and(eq(pbBallots.processId, processId), counted))
      .orderBy(asc(pbBallots.id)),
  ]);
  return { process: process!, domains, projects, ballots };
}

/** pabulib's META `rule` where the rule has a name there; Cluj's rule is named in our own keys. */
export const META_RULE: Record<CountingRule, string> = {
  cluj: 'cluj',
  greedy: 'greedy',
  'mes-add1': 'equalshares/add1',
};

type ProjectInput = Parameters<typeof createElection>[0]['projects'][number];

const euros = (minor: number) =>
  minor % 100 === 0 ? String(minor / 100) : (minor / 100).toFixed(2);

/**
 * The election as packages/pb reads it: project ids are the projects' public numbers, costs and
 * budget in currency units, the domain as the `category`; voters numbered in ballot-id order.
 * `selected` (the published outcome) is added when given.
 */
export function electionOf(
  d: CountData,
  rule: CountingRule,
  selected?: ReadonlySet<string>,
): Election {
  const numberOf = new Map(d.projects.map((p) => [p.id, String(p.number)]));
  const domainKey = new Map(d.domains.map((x) => [x.id, x.key]));
  const cumulative = d.process.ballotRule.kind === 'cumulative';
  const projects: ProjectInput[] = d.projects.map((p) => ({
    id: String(p.number),
    cost: euros(p.cost),
    name: p.title,
    categories: [domainKey.get(p.domainId)!],
    ...(selected ? { fields: { selected: selected.has(String(p.number)) ? '1' : '0' } } : {}),
  }));
  return createElection({
    budget: euros(d.process.budget),
    voteType: cumulative ? 'cumulative' : 'approval',
    projects,
    voters: d.ballots.map((b, i) => ({
      id: String(i + 1),
      projects: b.projectIds.map((id) => numberOf.get(id)!),
      ...(cumulative ? { points: b.points } : {}),
    })),
    meta: {
      description: d.process.title.ro,
      currency: d.process.currency,
      rule: META_RULE[rule],
      ...(rule === 'cluj'
        ? { cluj_max_winners: String(d.process.maxWinners), cluj_domain_field: 'category' }
        : {}),
    },
  });
}

/** Counts with one of the processes' rules (Cluj's needs its number of winners). */
export function countOutcome(election: Election, rule: CountingRule, maxWinners: number): Outcome {
  if (rule === 'cluj') return cluj(election, { maxWinners });
  return count(election, rule === 'greedy' ? 'greedy' : 'equalshares/add1');
}

/**
 * Reads a `.pb` file as we write it and counts it again with the rule its META names: what
 * anyone can do with the download. Returns the outcome and the file's own `selected` column.
 */
export function recount(text: string) {
  const election = parsePb(text);
  const name = election.meta.get('rule');
  const rule = (Object.keys(META_RULE) as CountingRule[]).find((r) => META_RULE[r] === name);
  if (!rule) throw new Error(`unknown rule ${name}`);
  const outcome = countOutcome(election, rule, Number(election.meta.get('cluj_max_winners') ?? 0));
  const selected = election.projects
    .filter((p) => p.fields.get('selected') === '1')
    .map((p) => p.id);
  return { election, rule, outcome, selected };
}

/** Votes per project: approvals, or points for cumulative ballots. */
export function votesOf(d: CountData): Map<string, number> {
  const votes = new Map(d.projects.map((p) => [p.id, 0]));
  for (const b of d.ballots)
    b.projectIds.forEach((id, i) => votes.set(id, (votes.get(id) ?? 0) + (b.points[i] ?? 1)));
  return votes;
}

/** How many ballots were invalidated: published with the results. */
export async function invalidatedCount(db: Queryable, processId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(pbBallots)
    .where(and(eq(pbBallots.processId, processId), eq(pbBallots.invalidated, true)));
  return row?.n ?? 0;
}
