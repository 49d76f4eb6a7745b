import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { mapDatabaseError } from '../db/errors.ts';
import { isUuid } from '../db/ids.ts';
import { Conflict, Invalid, NotFound } from '../errors.ts';
import { can } from '../permissions/can.ts';
import { checkBallot, type BallotIssue, type Choice } from './ballot-rule.ts';
import { getProcess, type ProcessView } from './processes.ts';
import { newCode } from './codes.ts';
import { writeBallot } from './ballot-write.ts';
import { networkPrefix } from './network.ts';
import { pbBallots } from './schema.ts';
import { sha256 } from '../secrets.ts';
import { ensureEligible, normaliseCode, voterTag, type Voter } from './voters.ts';

/** The booth form: `project` (one or several ids), or `points_<id>` for cumulative ballots. */
export function parseChoice(view: ProcessView, input: unknown): Choice | null {
  const form = (input ?? {}) as Record<string, unknown>;
  const choice = new Map<string, number>();
  if (view.process.ballotRule.kind === 'cumulative') {
    for (const p of view.projects) {
      const raw = String(form[`points_${p.id}`] ?? '').trim();
      if (!raw || raw === '0') continue;
      if (!/^\d{1,6}$/.test(raw)) return null;
      choice.set(p.id, Number(raw));
    }
    return choice;
  }
  const picked = form.project === undefined ? [] : [form.project].flat();
  for (const id of picked) {
    if (typeof id !== 'string' || !isUuid(id) || choice.has(id)) return null;
    choice.set(id, 1);
  }
  return choice;
}

export const ballotContext = (view: ProcessView) => ({
  rule: view.process.ballotRule,
  budget: view.process.budget,
  domains: view.domains,
  projects: view.projects,
});

export interface Review {
  view: ProcessView;
  voter: Voter;
  choice: Choice;
  issues: BallotIssue[];
  total: number;
}

const codeOf = (input: unknown) => {
  const c = (input as Record<string, unknown> | null)?.code;
  return typeof c === 'string' && c.trim() ? c.trim() : undefined;
};

/**
 * What the booth reads of a process, kept for a few seconds once voting is open: from then on
 * its rules, domains and projects cannot change (decision 050: the database refuses it), so the
 * copy can only be stale about the phase — and a ballot arriving after voting closed is refused
 * by the database all the same. Permission is asked of every actor, cached or not.
 */
const cached = new Map<string, { view: ProcessView; until: number }>();
const CACHE_MS = 5_000;

async function boothView(ctx: Ctx, processId: string): Promise<ProcessView> {
  const key = `${ctx.org.id}:${processId}`;
  const hit = cached.get(key);
  if (hit && hit.until > Date.now()) {
    if (!can(ctx.actor, 'pb.process.read', hit.view.process)) throw new NotFound('pb_process');
    return hit.view;
  }
  const view = await getProcess(ctx, processId);
  if (view.process.votingOpenedAt && view.process.state === 'voting')
    cached.set(key, { view, until: Date.now() + CACHE_MS });
  return view;
}

/** Checks a filled-in ballot against the process's rule, for the review step. Writes nothing. */
export async function reviewBallot(ctx: Ctx, processId: string, input: unknown): Promise<Review> {
  const view = await boothView(ctx, processId);
  const voter = await ensureEligible(ctx, view.process, codeOf(input));
  const choice = parseChoice(view, input);
  if (!choice)
    return {
      view,
      voter,
      choice: new Map(),
      issues: [{ key: 'pb.booth.unknown_project' }],
      total: 0,
    };
  const issues = checkBallot(ballotContext(view), choice);
  const cost = new Map(view.projects.map((p) => [p.id, p.cost]));
  const total = [...choice.keys()].reduce((s, id) => s + (cost.get(id) ?? 0), 0);
  return { view, voter, choice, issues, total };
}

/** Whether a database error is the named constraint's (drizzle wraps the driver's error). */
function violates(error: unknown, constraint: string): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause)
    if ((e as { constraint?: string }).constraint === constraint) return true;
  return false;
}

/** A receipt: 16 random symbols the voter keeps; the ballot stores only its hash. */
export const newReceipt = () => `${newCode()}-${newCode().slice(0, 4)}`;

/**
 * Casts (or replaces) a ballot, in one statement (`writeBallot`): the code is used up, the voter
 * is on the roll once (a second ballot replaces the first, unless the rule makes votes
 * irrevocable or a code cast it), and the ballot is written with a random id, no time and no
 * voter. The database refuses a second ballot for the same voter (unique tag) and any ballot once
 * voting has closed.
 */
export async function castBallot(
  ctx: Ctx,
  processId: string,
  input: unknown,
  meta: { ip?: string } = {},
) {
  const review = await reviewBallot(ctx, processId, input);
  if (review.issues.length) throw new Invalid({ ballot: review.issues[0]!.key });
  const { view, voter, choice } = review;
  const receipt = newReceipt();
  const { replaced: changed } = await writeBallot(ctx, {
    processId: view.process.id,
    voter,
    final: view.process.ballotRule.irrevocable || voter.kind === 'code',
    tag: voterTag(view.process.id, voter),
    receiptHash: sha256(normaliseCode(receipt)),
    choice,
    channel: voter.kind === 'code' ? 'code' : 'online',
    network: networkPrefix(meta.ip),
  }).catch((error: unknown) => {
    // Voting closed since the booth read the process: the database refused the ballot.
    if (violates(error, 'pb_ballots_voting_open')) throw new Conflict('pb.booth.closed');
    if (error instanceof Conflict) throw error;
    return mapDatabaseError(error);
  });
  return { receipt, changed, process: view.process };
}

/** The voter's own current ballot (their account finds it by its tag), to change it. */
export async function myBallot(ctx: Ctx, view: ProcessView): Promise<Choice | null> {
  if (!ctx.actor || view.process.state !== 'voting') return null;
  const tag = voterTag(view.process.id, { kind: 'user', userId: ctx.actor.userId });
  const [row] = await ctx.db
    .select({ projectIds: pbBallots.projectIds, points: pbBallots.points })
    .from(pbBallots)
    .where(and(eq(pbBallots.processId, view.process.id), eq(pbBallots.voterTag, tag)));
  return row ? new Map(row.projectIds.map((id, i) => [id, row.points[i]!])) : null;
}

/** Whether a receipt belongs to a ballot counted in this process. Reveals nothing else. */
export async function checkReceipt(ctx: Ctx, processId: string, receipt: string): Promise<boolean> {
  const view = await getProcess(ctx, processId);
  const [row] = await ctx.db
    .select({ id: pbBallots.id })
    .from(pbBallots)
    .where(
      and(
        eq(pbBallots.processId, view.process.id),
        eq(pbBallots.receiptHash, sha256(normaliseCode(receipt))),
        // An invalidated ballot is not counted: its receipt says so (decision 053).
        eq(pbBallots.invalidated, false),
      ),
    );
  return !!row;
}
