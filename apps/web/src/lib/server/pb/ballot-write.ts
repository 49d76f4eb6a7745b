import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { uuidv7 } from '../db/ids.ts';
import { queryPrepared } from '../db/prepared.ts';
import { Conflict } from '../errors.ts';
import type { Choice } from './ballot-rule.ts';
import type { RollChannel } from './schema.ts';
import type { Voter } from './voters.ts';

export interface BallotWrite {
  processId: string;
  voter: Voter;
  /** Irrevocable: a second ballot of the same voter is refused rather than replacing the first. */
  final: boolean;
  tag: string;
  receiptHash: string;
  choice: Choice;
  channel: RollChannel;
  /** A coarse network prefix of where the ballot came from (anomaly checks), if known. */
  network?: string | null;
}

/** Each kind of voter is unique on the roll by its own key. */
const conflictTarget = (v: Voter) =>
  v.kind === 'code'
    ? sql`(code_id)`
    : v.kind === 'person'
      ? sql`(process_id, person_key)`
      : sql`(process_id, user_id)`;

/**
 * The booth's write as ONE statement (decision 052): use the code, put the voter on the roll (or
 * count a change), and insert the ballot — or, for a revocable ballot, replace the voter's
 * earlier one in place (`on conflict … do update`: a new random id, receipt and choice). One
 * statement is one round trip and one atomic unit without BEGIN/COMMIT; each step reads the one
 * before it through RETURNING, so a used code writes no roll row and a refused roll row writes
 * no ballot. The roll upsert locks the voter's roll row, so a voter's concurrent submissions
 * still run one after the other. Returns the roll entry and whether an earlier ballot was
 * replaced.
 */
export async function writeBallot(
  ctx: Ctx,
  w: BallotWrite,
): Promise<{ rollId: string; replaced: boolean }> {
  const now = ctx.now();
  const v = w.voter;
  const code = v.kind === 'code' ? v.codeId : null;
  const used = code
    ? sql`used as (update pb_voting_codes set used_at = ${now}
        where id = ${code} and used_at is null returning id),`
    : sql`used as (select 1 as id),`;
  const onRoll = w.final
    ? sql`do nothing`
    : // Only an online ballot is replaced online: one recorded at the desk is final.
      sql`do update set changes = pb_voter_roll.changes + 1, voted_at = excluded.voted_at,
        network = excluded.network where pb_voter_roll.channel = 'online'`;
  const onBallot = w.final
    ? sql``
    : sql`on conflict (process_id, voter_tag) do update set id = excluded.id,
        receipt_hash = excluded.receipt_hash, project_ids = excluded.project_ids,
        points = excluded.points`;
  const [row] = await queryPrepared<{
    used: number;
    roll: string | null;
    changes: number | null;
    written: number;
  }>(
    ctx.db,
    sql`with ${used}
      roll as (
        insert into pb_voter_roll (id, organisation_id, process_id, user_id, code_id,
          person_key, voted_at, channel, network)
        select ${uuidv7()}, ${ctx.org.id}, ${w.processId},
          ${v.kind === 'user' ? v.userId : null}::uuid, ${code}::uuid,
          ${v.kind === 'person' ? v.personKey : null}::text, ${now}::timestamptz,
          ${w.channel}::text, ${w.network ?? null}::text
        from used
        on conflict ${conflictTarget(v)} ${onRoll}
        returning id, changes),
      ballot as (
        insert into pb_ballots
          (id, organisation_id, process_id, voter_tag, receipt_hash, project_ids, points)
        select ${randomUUID()}, ${ctx.org.id}, ${w.processId}, ${w.tag}, ${w.receiptHash},
          ${sql.param([...w.choice.keys()])}::uuid[], ${sql.param([...w.choice.values()])}::int[]
        from roll
        ${onBallot}
        returning 1)
      select (select count(*)::int from used) as used, (select id from roll) as roll,
        (select changes from roll) as changes, (select count(*)::int from ballot) as written`,
  );
  if (!row!.used) throw new Conflict('pb.code.used');
  if (!row!.written) throw new Conflict('pb.booth.already_voted');
  return { rollId: row!.roll!, replaced: (row!.changes ?? 0) > 0 };
}
