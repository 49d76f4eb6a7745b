import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, NotFound } from '../errors.ts';
import { authorize } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { parseInput } from '../validation/parse.ts';
import { text, uuidField } from '../validation/fields.ts';
import { lockProcess } from './lifecycle.ts';
import { DISPOSABLE_DOMAINS } from './disposable-domains.ts';
import { invalidatedCount } from './count.ts';
import {
  pbBallots,
  pbInvalidations,
  pbVoterRoll,
  type PbProcess,
  type RollChannel,
} from './schema.ts';
import { voterTag, type Voter } from './voters.ts';

/**
 * Vote validation (issue 9, item 9; decision 053): before results, those who run a process see
 * when and how ballots came, the roll entries flagged as anomalies, and can invalidate a roll
 * entry's ballot with a reason. Everything here reads the roll — who voted — and never what
 * anyone chose; the ballot of an invalidated entry is found by its voter tag and flagged.
 */

/** Many new accounts from one network: at least this many, created within a day of voting. */
export const NETWORK_THRESHOLD = 5;
const NEW_ACCOUNT = '24 hours';
/** A minute is a burst when it has this many ballots and ten times the median minute's. */
export const BURST_MIN = 20;

async function rows<T>(ctx: Ctx, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await ctx.db.execute(query)) as unknown as { rows: T[] }).rows;
}

export interface VoteStatistics {
  perDay: { day: string; n: number }[];
  perHour: { hour: number; n: number }[];
  perChannel: Record<RollChannel | 'paper' | 'paper_unconfirmed', number>;
  invalidated: number;
}

/** Ballots per day and per hour of the day (the organisation's time), and per channel. */
export async function voteStatistics(ctx: Ctx, process: PbProcess): Promise<VoteStatistics> {
  authorize(ctx.actor, 'pb.validation.manage', process);
  const tz = ctx.org.timeZone;
  const local = sql`(voted_at at time zone ${tz})`;
  const [perDay, perHour, channels, paper, invalid] = await Promise.all([
    rows<{ day: string; n: number }>(
      ctx,
      sql`select to_char(${local}, 'YYYY-MM-DD') as day, count(*)::int as n
        from pb_voter_roll where process_id = ${process.id} group by 1 order by 1`,
    ),
    rows<{ hour: number; n: number }>(
      ctx,
      sql`select extract(hour from ${local})::int as hour, count(*)::int as n
        from pb_voter_roll where process_id = ${process.id} group by 1 order by 1`,
    ),
    rows<{ channel: RollChannel; n: number }>(
      ctx,
      sql`select channel, count(*)::int as n from pb_voter_roll
        where process_id = ${process.id} group by 1`,
    ),
    rows<{ confirmed: number; unconfirmed: number }>(
      ctx,
      sql`select coalesce(sum(ballot_count) filter (where confirmed_at is not null), 0)::int
          as confirmed,
        coalesce(sum(ballot_count) filter (where confirmed_at is null), 0)::int as unconfirmed
        from pb_paper_batches where process_id = ${process.id}`,
    ),
    invalidatedCount(ctx.db, process.id),
  ]);
  const perChannel = { online: 0, code: 0, assisted: 0, paper: 0, paper_unconfirmed: 0 };
  for (const c of channels) perChannel[c.channel] = c.n;
  perChannel.paper = paper[0]?.confirmed ?? 0;
  perChannel.paper_unconfirmed = paper[0]?.unconfirmed ?? 0;
  return { perDay, perHour, perChannel, invalidated: invalid };
}

export type AnomalyKind = 'network' | 'disposable' | 'burst';

export interface FlaggedEntry {
  rollId: string;
  votedAt: Date;
  channel: RollChannel;
  email: string | null;
  network: string | null;
  flags: AnomalyKind[];
  invalidated: boolean;
}

/**
 * The roll entries flagged for a person to look at: new accounts crowded in one network within
 * a short time, disposable e-mail domains, and ballots cast in a burst minute. Flags are
 * reasons to look, not verdicts: nothing is refused or invalidated by them.
 */
export async function anomalies(ctx: Ctx, process: PbProcess): Promise<FlaggedEntry[]> {
  authorize(ctx.actor, 'pb.validation.manage', process);
  const found = await rows<{
    roll_id: string;
    voted_at: Date | string;
    channel: RollChannel;
    email: string | null;
    network: string | null;
    flag: AnomalyKind;
    invalidated: boolean;
  }>(
    ctx,
    sql`with roll as (
        select r.id, r.voted_at, r.channel, r.network, u.email, u.created_at,
          (i.id is not null) as invalidated
        from pb_voter_roll r
        left join users u on u.id = r.user_id
        left join pb_invalidations i on i.roll_id = r.id
        where r.process_id = ${process.id}),
      crowded as (
        select network from roll
        where network is not null and created_at > voted_at - ${NEW_ACCOUNT}::interval
        group by network having count(*) >= ${NETWORK_THRESHOLD}),
      minutes as (
        select date_trunc('minute', voted_at) as minute, count(*) as n from roll group by 1),
      bursts as (
        select minute from minutes
        where n >= greatest(${BURST_MIN}, 10 * (
          select percentile_cont(0.5) within group (order by n) from minutes)))
      select id as roll_id, voted_at, channel, email, network, 'network' as flag, invalidated
        from roll
        where network in (select network from crowded)
          and created_at > voted_at - ${NEW_ACCOUNT}::interval
      union all
      select id, voted_at, channel, email, network, 'disposable', invalidated from roll
        where split_part(email, '@', 2) = any(${sql.param([...DISPOSABLE_DOMAINS])}::text[])
      union all
      select id, voted_at, channel, email, network, 'burst', invalidated from roll
        where date_trunc('minute', voted_at) in (select minute from bursts)
      order by voted_at, roll_id`,
  );
  const byRoll = new Map<string, FlaggedEntry>();
  for (const f of found) {
    const entry = byRoll.get(f.roll_id) ?? {
      rollId: f.roll_id,
      votedAt: new Date(f.voted_at),
      channel: f.channel,
      email: f.email,
      network: f.network,
      flags: [],
      invalidated: f.invalidated,
    };
    if (!entry.flags.includes(f.flag)) entry.flags.push(f.flag);
    byRoll.set(f.roll_id, entry);
  }
  return [...byRoll.values()];
}

const invalidateSchema = z.object({
  rollId: uuidField(),
  reason: text({ min: 3, max: 2000, multiline: true }),
});

/** The voter of a roll entry, to find their ballot by its tag. */
function voterOf(row: typeof pbVoterRoll.$inferSelect): Voter | null {
  if (row.userId) return { kind: 'user', userId: row.userId };
  if (row.codeId) return { kind: 'code', codeId: row.codeId };
  if (row.personKey) return { kind: 'person', personKey: row.personKey };
  return null;
}

/**
 * Invalidates a roll entry's ballot, with a reason, before results: the ballot — found by
 * the voter tag, which still exists until results are published — is flagged and left out of
 * the count and the `.pb` export; the reason names the roll entry, never the ballot, and the
 * audit log records it. Nobody is shown what the person chose.
 */
export async function invalidateBallot(ctx: Ctx, processId: string, input: unknown) {
  const { rollId, reason } = parseInput(invalidateSchema, input);
  return inTransaction(ctx, async (tx) => {
    const { process } = await lockProcess(tx, processId);
    authorize(tx.actor, 'pb.validation.manage', process);
    // Before results only: once published, the count is final. During voting an invalidated
    // roll entry stays invalidated even if the voter changes their ballot (the flag stays).
    if (process.state !== 'voting' && process.state !== 'validation')
      throw new Conflict('pb.validation.not_now');
    const [entry] = await tx.db
      .select()
      .from(pbVoterRoll)
      .where(and(eq(pbVoterRoll.id, rollId), eq(pbVoterRoll.processId, process.id)));
    if (!entry) throw new NotFound('pb_voter_roll');
    const voter = voterOf(entry);
    const flagged = voter
      ? await tx.db
          .update(pbBallots)
          .set({ invalidated: true })
          .where(
            and(
              eq(pbBallots.processId, process.id),
              eq(pbBallots.voterTag, voterTag(process.id, voter)),
              eq(pbBallots.invalidated, false),
            ),
          )
          .returning({ id: pbBallots.id })
      : [];
    if (flagged.length !== 1) throw new Conflict('pb.validation.no_ballot');
    await tx.db.insert(pbInvalidations).values({
      organisationId: tx.org.id,
      processId: process.id,
      rollId: entry.id,
      reason,
      invalidatedBy: tx.actor!.userId,
      invalidatedAt: tx.now(),
    });
    await recordAudit(tx.db, tx, {
      action: 'pb.validation.invalidate',
      resourceType: 'pb_voter_roll',
      resourceId: entry.id,
      after: { reason },
    });
  });
}
