import type { Ctx } from '../context.ts';
import { Conflict, Forbidden } from '../errors.ts';
import { can } from '../permissions/can.ts';
import { declarationOf, oldEnough } from '../pb/voters.ts';
import type { PbPhase, PbProcess } from '../pb/schema.ts';
import type { MessageKey } from '../../i18n/message.ts';
import { windowOpen } from './windows.ts';

export type ProposerStatus =
  { ok: true } | { ok: false; reason: MessageKey; needsDeclaration?: boolean };

/**
 * May this person write a proposal in this process now? The same eligibility as for voting
 * (pb/voters.ts): a verified address; an employee for an internal process; for a public one the
 * declaration of relation to the city and a birth year old enough — in the submission window.
 */
export async function proposerStatus(
  ctx: Ctx,
  process: PbProcess,
  phases: readonly PbPhase[],
): Promise<ProposerStatus> {
  if (!windowOpen(process, phases, 'submission', ctx.now()))
    return { ok: false, reason: 'pb_proposals.submission_closed' };
  if (!ctx.actor) return { ok: false, reason: 'pb_proposals.sign_in' };
  if (!can(ctx.actor, 'pb.proposal.create', process))
    return {
      ok: false,
      reason: ctx.actor.emailVerified ? 'pb.booth.not_in_electorate' : 'pb.booth.verify_email',
    };
  if (process.audience === 'internal') return { ok: true };
  const declared = await declarationOf(ctx, process);
  if (!declared) return { ok: false, reason: 'pb.declare.needed', needsDeclaration: true };
  if (!oldEnough(process, declared.birthYear, ctx.now()))
    return { ok: false, reason: 'pb_proposals.too_young' };
  return { ok: true };
}

/** Throws what `proposerStatus` says, for the commands. */
export async function ensureProposer(ctx: Ctx, process: PbProcess, phases: readonly PbPhase[]) {
  const s = await proposerStatus(ctx, process, phases);
  if (s.ok) return;
  if (s.reason === 'pb_proposals.sign_in' || s.reason === 'pb.booth.not_in_electorate')
    throw new Forbidden();
  throw new Conflict(s.reason);
}
