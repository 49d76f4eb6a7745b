import { hasRole, type Actor } from '../context.ts';
import { isStaff } from '../calls/permissions.ts';
import type { Rule } from '../permissions/rule.ts';
import type { PbProcess } from './schema.ts';

/** Those who run participatory budgeting: the organisation's administrators and moderators. */
const runs = (actor: Actor | null) => hasRole(actor, 'admin', 'moderator');

/**
 * Who may open the booth with an account: a verified address, and for an internal process an
 * employee. Relation to the city and age are the voter's declaration, checked by the booth.
 */
function mayVote(actor: Actor | null, p: PbProcess) {
  if (!actor?.emailVerified || p.state !== 'voting') return false;
  return p.audience === 'internal' ? hasRole(actor, 'employee') : true;
}

/** Results are published from the results phase on. */
const published = (p: PbProcess) => p.state === 'results' || p.state === 'implementation';

/**
 * While ballots may be invalidated by roll entry (voting, validation: validation.ts), nobody reads
 * a count: one read before and one after invalidating a named voter's ballot would tell how that
 * person voted (decision 054). Before voting there is nothing to count.
 */
const countsSealed = (p: PbProcess) => p.state === 'voting' || p.state === 'validation';

export const pbRules = {
  'pb.process.create': ((actor) => hasRole(actor, 'admin')) as Rule,
  /** The list of processes in the administration. */
  'pb.process.administer': ((actor) => runs(actor)) as Rule,
  'pb.process.manage': ((actor) => runs(actor)) as Rule<PbProcess>,
  /** Drafts only to those who run them; an internal process only to staff. */
  'pb.process.read': ((actor, p) => {
    if (p.state === 'draft') return runs(actor);
    return p.audience === 'public' || isStaff(actor) || runs(actor);
  }) as Rule<PbProcess>,
  /** The booth, with an account (mayVote). */
  'pb.vote': ((actor, p) => mayVote(actor, p)) as Rule<PbProcess>,
  /**
   * Who may declare their relation to the city and birth year: whoever may vote now, or may
   * write a proposal (the submission phase asks the same declaration; pb-proposals).
   */
  'pb.declare': ((actor, p) => {
    if (mayVote(actor, p)) return true;
    if (!actor?.emailVerified || p.state !== 'submission') return false;
    return p.audience === 'internal' ? hasRole(actor, 'employee') : true;
  }) as Rule<PbProcess>,
  /** The map of a process's projects and its tiles: public, as the process page is. */
  'pb.map.read': (() => true) as Rule,
  /**
   * The city desk — assisted ballots and paper batches (decision 053): those who run the
   * process, once it has left the draft. The four-eyes rule on paper batches needs two of them.
   */
  'pb.desk.record': ((actor, p) => runs(actor) && p.state !== 'draft') as Rule<PbProcess>,
  /** Vote validation: statistics, anomalies and invalidation, for those who run the process. */
  'pb.validation.manage': ((actor) => runs(actor)) as Rule<PbProcess>,
  /** One-time voting codes: generated and printed by administrators only. */
  'pb.codes.manage': ((actor) => hasRole(actor, 'admin')) as Rule<PbProcess>,
  /**
   * Results are public once published; before voting, a preview for those who run the process;
   * while votes are cast and validated, sealed for everyone (countsSealed).
   */
  'pb.results.read': ((actor, p) =>
    published(p)
      ? pbRules['pb.process.read'](actor, p)
      : runs(actor) && !countsSealed(p)) as Rule<PbProcess>,
  /** The rule lab counts the ballots with every rule: those who run the process, when counts may be read. */
  'pb.lab.read': ((actor, p) =>
    runs(actor) && pbRules['pb.results.read'](actor, p)) as Rule<PbProcess>,
};
