import { eq } from 'drizzle-orm';
import { statistics, writePb, type Explanation, type Outcome, type Rational } from '@innovato-r/pb';
import type { Ctx } from '../context.ts';
import type { Queryable } from '../db/client.ts';
import { authorize } from '../permissions/can.ts';
import type { MessageKey } from '../../i18n/message.ts';
import type { CountingRule } from './ballot-rule.ts';
import {
  countData,
  countOutcome,
  electionOf,
  invalidatedCount,
  recount,
  votesOf,
  type CountData,
} from './count.ts';
import { toCsv } from '../projects/csv.ts';
import { getProcess } from './processes.ts';
import { pbResults, type PbResult } from './schema.ts';

/**
 * Counts a process with its own rule and stores the result: the winners and the `.pb` file
 * with the outcome in its `selected` column. Runs when the process enters its results phase
 * (by hand or at the date), in that transaction; a second call changes nothing.
 */
export async function publishResults(ctx: { db: Queryable; now: () => Date }, processId: string) {
  const data = await countData(ctx.db, processId);
  const rule = data.process.countingRule;
  const outcome = countOutcome(electionOf(data, rule), rule, data.process.maxWinners);
  const pbFile = writePb(electionOf(data, rule, new Set(outcome.winners)));
  await ctx.db
    .insert(pbResults)
    .values({
      organisationId: data.process.organisationId,
      processId,
      rule,
      winners: [...outcome.winners],
      pbFile,
      publishedAt: ctx.now(),
    })
    .onConflictDoNothing({ target: pbResults.processId });
}

/** A figure-carrying message, as the booth's: counts as numbers, amounts in minor units. */
export interface Figures {
  key: MessageKey;
  counts?: Record<string, number>;
  money?: Record<string, number>;
}

const cents = (x: Rational) => Math.round(x.toNumber() * 100);

/** The engine's explanation of one project, as a message in the reader's language. */
export function explain(x: Explanation): Figures {
  switch (x.code) {
    case 'cluj-domain-top':
      return { key: 'pb.why.cluj_domain_top', counts: { votes: x.votes } };
    case 'cluj-selected':
      return { key: 'pb.why.cluj_selected', counts: { votes: x.votes, rank: x.rank } };
    case 'cluj-not-selected':
      return x.reason === 'winner-limit'
        ? { key: 'pb.why.cluj_limit', counts: { votes: x.votes } }
        : {
            key: 'pb.why.did_not_fit',
            counts: { votes: x.votes },
            money: { left: cents(x.remaining) },
          };
    case 'greedy-selected':
      return { key: 'pb.why.greedy_selected', counts: { votes: x.score.toNumber(), rank: x.rank } };
    case 'greedy-did-not-fit':
      return {
        key: 'pb.why.did_not_fit',
        counts: { votes: x.score.toNumber() },
        money: { left: cents(x.remaining) },
      };
    case 'mes-selected':
      return {
        key: 'pb.why.mes_selected',
        counts: { supporters: x.supporters, round: x.round },
        money: { share: cents(x.perVoterBudget) },
      };
    case 'mes-unaffordable':
      return {
        key: 'pb.why.mes_unaffordable',
        counts: { supporters: x.supporters },
        money: { had: cents(x.supportersHad), needed: cents(x.needed) },
      };
    case 'completion-selected':
      return {
        key: 'pb.why.completion_selected',
        counts: { votes: x.votes },
        money: { left: cents(x.remainingBefore) },
      };
    case 'completion-did-not-fit':
      return {
        key: 'pb.why.did_not_fit',
        counts: { votes: x.votes },
        money: { left: cents(x.remaining) },
      };
    case 'no-supporters':
      return { key: 'pb.why.no_supporters' };
    default:
      return { key: 'pb.why.other' };
  }
}

export interface ResultRow {
  id: string;
  number: number;
  title: string;
  domainId: string;
  cost: number;
  votes: number;
  selected: boolean;
  why: Figures;
}

/** What a results page shows for one outcome: rows, totals, turnout, who got something. */
export function summarise(data: CountData, outcome: Outcome) {
  const election = electionOf(data, data.process.countingRule);
  const stats = statistics(election, outcome);
  const votes = votesOf(data);
  const byNumber = new Map(outcome.explanations.map((e) => [e.projectId, e]));
  const rows: ResultRow[] = data.projects.map((p) => {
    const e = byNumber.get(String(p.number))!;
    return {
      id: p.id,
      number: p.number,
      title: p.title,
      domainId: p.domainId,
      cost: p.cost,
      votes: votes.get(p.id) ?? 0,
      selected: e.selected,
      why: explain(e.explanation),
    };
  });
  rows.sort(
    (a, b) => Number(b.selected) - Number(a.selected) || b.votes - a.votes || a.number - b.number,
  );
  return {
    rows,
    ballots: stats.voters,
    winners: stats.winners,
    totalCost: cents(stats.totalCost),
    withFunded: stats.votersWithFunded,
  };
}
export type Summary = ReturnType<typeof summarise>;

/**
 * The published result (anyone who may read the process, once it is in its results phase), or
 * — for those who run it — the count so far. Counted again from the stored `.pb` file, and
 * checked against the winners stored when it was published.
 */
export async function getResults(ctx: Ctx, processId: string) {
  const view = await getProcess(ctx, processId);
  authorize(ctx.actor, 'pb.results.read', view.process);
  const [stored] = await ctx.db
    .select()
    .from(pbResults)
    .where(eq(pbResults.processId, view.process.id));
  const data = await countData(ctx.db, view.process.id);
  const rule: CountingRule = stored?.rule ?? view.process.countingRule;
  const outcome = stored
    ? checkedOutcome(stored)
    : countOutcome(electionOf(data, rule), rule, data.process.maxWinners);
  return {
    ...view,
    published: stored ?? null,
    rule,
    summary: summarise(data, outcome),
    // Published beside the result: how many ballots validation left out (decision 053).
    invalidated: await invalidatedCount(ctx.db, view.process.id),
  };
}

function checkedOutcome(stored: PbResult): Outcome {
  const { outcome } = recount(stored.pbFile);
  if (outcome.winners.join() !== stored.winners.join())
    throw new Error(
      `the stored .pb file no longer gives the published winners (process ${stored.processId})`,
    );
  return outcome;
}

/** The stored `.pb` file, for the download. */
export async function resultFile(ctx: Ctx, processId: string) {
  const r = await getResults(ctx, processId);
  if (!r.published) return null;
  return { process: r.process, pbFile: r.published.pbFile };
}

/**
 * The published result as a spreadsheet: each project with its cost, votes and whether it was
 * funded. A staff vote's project whose cost is not stated (decision 058) has an empty cost.
 */
export async function resultsCsv(ctx: Ctx, processId: string) {
  const r = await getResults(ctx, processId);
  if (!r.published) return null;
  const unstated = new Set(r.projects.filter((p) => p.costStated === false).map((p) => p.id));
  const rows = [...r.summary.rows]
    .sort((a, b) => a.number - b.number)
    .map((x) => [x.number, x.title, unstated.has(x.id) ? '' : x.cost / 100, x.votes, +x.selected]);
  const csv = toCsv(['project_id', 'name', 'cost', 'votes', 'selected'], rows);
  return { processId: r.process.id, csv };
}
