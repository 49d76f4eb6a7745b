import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Conflict, Forbidden } from '../errors.ts';
import { authorize, can } from '../permissions/can.ts';
import { recordAudit } from '../audit/record.ts';
import { hmacHex, sha256 } from '../secrets.ts';
import { parseInput } from '../validation/parse.ts';
import { choice } from '../validation/fields.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { pbParticipants, pbVoterRoll, pbVotingCodes, type PbProcess } from './schema.ts';

/** Who is voting: a person's account, or a one-time code (then nobody's account). */
export type Voter =
  | { kind: 'user'; userId: string }
  | { kind: 'code'; codeId: string }
  /** Someone without an account, identified in person at the city desk (decision 053). */
  | { kind: 'person'; personKey: string };

const voterKey = (v: Voter) =>
  v.kind === 'user' ? v.userId : v.kind === 'code' ? v.codeId : v.personKey;

/** Codes are typed by people: case, spaces and dashes do not matter. */
export const normaliseCode = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

/**
 * The ballot's tag: a keyed hash of process and voter, so the voter's account can replace its
 * own ballot and the database can refuse a second one. Without the key it links nothing; it is
 * erased from every ballot when voting closes.
 */
export const voterTag = (processId: string, v: Voter) =>
  hmacHex('pb-ballot', `${processId}:${v.kind}:${voterKey(v)}`);

const declarationSchema = (year: number) =>
  z.object({
    relation: choice(['lives', 'works', 'studies']),
    birthYear: z.coerce
      .number({ error: 'pb.declare.birth_year' satisfies MessageKey })
      .int({ error: 'pb.declare.birth_year' satisfies MessageKey })
      .min(1900, { error: 'pb.declare.birth_year' satisfies MessageKey })
      .max(year, { error: 'pb.declare.birth_year' satisfies MessageKey }),
    confirm: z.literal('on', { error: 'pb.declare.confirm_required' satisfies MessageKey }),
  });

/** Old enough this year: the birth year is all that is declared, so the year decides. */
export const oldEnough = (process: PbProcess, birthYear: number, now: Date) =>
  now.getUTCFullYear() - birthYear >= process.minAge;

export async function declarationOf(ctx: Ctx, process: PbProcess) {
  if (!ctx.actor) return null;
  const [row] = await ctx.db
    .select()
    .from(pbParticipants)
    .where(
      and(eq(pbParticipants.processId, process.id), eq(pbParticipants.userId, ctx.actor.userId)),
    );
  return row ?? null;
}

/**
 * A citizen declares that they live, work or study in the city, and their birth year, once per
 * process (a second declaration replaces the first, until they have voted).
 */
export async function declareParticipation(ctx: Ctx, process: PbProcess, input: unknown) {
  authorize(ctx.actor, 'pb.declare', process);
  const fields = parseInput(declarationSchema(ctx.now().getUTCFullYear()), input);
  return inTransaction(ctx, async (tx) => {
    const values = {
      organisationId: ctx.org.id,
      processId: process.id,
      userId: ctx.actor!.userId,
      relation: fields.relation,
      birthYear: fields.birthYear,
      declaredAt: tx.now(),
    };
    const [row] = await tx.db
      .insert(pbParticipants)
      .values(values)
      .onConflictDoUpdate({
        target: [pbParticipants.processId, pbParticipants.userId],
        set: {
          relation: values.relation,
          birthYear: values.birthYear,
          declaredAt: values.declaredAt,
        },
      })
      .returning();
    await recordAudit(tx.db, tx, {
      action: 'pb.participant.declare',
      resourceType: 'pb_process',
      resourceId: process.id,
      after: { relation: row!.relation, birthYear: row!.birthYear },
    });
    return row!;
  });
}

export type Eligibility =
  { ok: true; voter: Voter } | { ok: false; reason: MessageKey; needsDeclaration?: boolean };

/**
 * May this person (or this code) vote in this process now? A code: unused, of this process.
 * An account: `pb.vote` (verified address; employees for an internal process), and for a public
 * process a declaration of relation to the city and a birth year old enough.
 */
export async function eligibility(
  ctx: Ctx,
  process: PbProcess,
  code?: string,
): Promise<Eligibility> {
  if (process.state !== 'voting') return { ok: false, reason: 'pb.booth.closed' };
  if (code) return codeEligibility(ctx, process, code);
  if (!ctx.actor) return { ok: false, reason: 'pb.booth.sign_in' };
  if (!can(ctx.actor, 'pb.vote', process)) {
    return {
      ok: false,
      reason: ctx.actor.emailVerified ? 'pb.booth.not_in_electorate' : 'pb.booth.verify_email',
    };
  }
  const voter: Voter = { kind: 'user', userId: ctx.actor.userId };
  if (process.audience === 'internal') return { ok: true, voter };
  const declared = await declarationOf(ctx, process);
  if (!declared) return { ok: false, reason: 'pb.declare.needed', needsDeclaration: true };
  if (!oldEnough(process, declared.birthYear, ctx.now()))
    return { ok: false, reason: 'pb.declare.too_young' };
  return { ok: true, voter };
}

async function codeEligibility(ctx: Ctx, process: PbProcess, code: string): Promise<Eligibility> {
  const [row] = await ctx.db
    .select({ id: pbVotingCodes.id, usedAt: pbVotingCodes.usedAt })
    .from(pbVotingCodes)
    .where(
      and(
        eq(pbVotingCodes.codeHash, sha256(normaliseCode(code))),
        eq(pbVotingCodes.processId, process.id),
      ),
    );
  if (!row) return { ok: false, reason: 'pb.code.unknown' };
  if (row.usedAt) return { ok: false, reason: 'pb.code.used' };
  return { ok: true, voter: { kind: 'code', codeId: row.id } };
}

/** Throws what `eligibility` says, for the commands. */
export async function ensureEligible(ctx: Ctx, process: PbProcess, code?: string): Promise<Voter> {
  const e = await eligibility(ctx, process, code);
  if (e.ok) return e.voter;
  if (e.reason === 'pb.booth.sign_in' || e.reason === 'pb.booth.not_in_electorate')
    throw new Forbidden();
  throw new Conflict(e.reason);
}

/** Whether this account already voted here (the roll, never the ballot). */
export async function hasVoted(ctx: Ctx, process: PbProcess): Promise<boolean> {
  if (!ctx.actor) return false;
  const [row] = await ctx.db
    .select({ id: pbVoterRoll.id })
    .from(pbVoterRoll)
    .where(and(eq(pbVoterRoll.processId, process.id), eq(pbVoterRoll.userId, ctx.actor.userId)));
  return !!row;
}
