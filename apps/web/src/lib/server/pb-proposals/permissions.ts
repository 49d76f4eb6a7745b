import { hasRole, type Actor } from '../context.ts';
import type { Rule } from '../permissions/rule.ts';
import { pbRules } from '../pb/permissions.ts';
import type { PbProcess } from '../pb/schema.ts';
import type { InProposal } from './load.ts';

/** Those who run a process: the organisation's administrators and moderators. */
const runs = (actor: Actor | null) => hasRole(actor, 'admin', 'moderator');

export const isAuthor = (actor: Actor | null, r: InProposal) =>
  !!actor && r.proposal.authorId === actor.userId;

/** The author or a co-author who accepted: the people the proposal speaks for. */
export const isAuthorOrMember = (actor: Actor | null, r: InProposal) =>
  isAuthor(actor, r) ||
  (!!actor && r.members.some((m) => m.userId === actor.userId && m.state === 'accepted'));

const isInvited = (actor: Actor | null, r: InProposal) =>
  !!actor && r.members.some((m) => m.userId === actor.userId && m.state === 'invited');

function readableByOthers(actor: Actor | null, r: InProposal) {
  if (r.proposal.state === 'draft') return isInvited(actor, r);
  if (r.proposal.state === 'withdrawn') return runs(actor);
  return true;
}

export const pbProposalRules = {
  /**
   * Who may write a proposal in a process: a verified address, in its submission phase; the
   * organisation's employees for an internal process. The declaration of relation to the city
   * and age (the process's eligibility) is checked by the command (proposers.ts).
   */
  'pb.proposal.create': ((actor, p) => {
    if (!actor?.emailVerified || p.state !== 'submission') return false;
    return p.audience === 'internal' ? hasRole(actor, 'employee') : true;
  }) as Rule<PbProcess>,
  /**
   * Submitted proposals are as public as their process; a draft only to its authors and those
   * invited to join it. A withdrawn one is taken back from the public: its authors still read
   * it, and so do those who run the process (they saw it submitted).
   */
  'pb.proposal.read': ((actor, r) =>
    pbRules['pb.process.read'](actor, r.process) &&
    (isAuthorOrMember(actor, r) || readableByOthers(actor, r))) as Rule<InProposal>,
  /** The author edits a draft, invites co-authors, submits and withdraws. */
  'pb.proposal.edit': ((actor, r) => isAuthor(actor, r)) as Rule<InProposal>,
  /** An invited co-author accepts (or declines) the invitation. */
  'pb.proposal.join': ((actor, r) => isInvited(actor, r)) as Rule<InProposal>,
  /** The technical and legal analysis: those who run the process, never on their own proposal. */
  'pb.proposal.analyse': ((actor, r) =>
    runs(actor) && !isAuthorOrMember(actor, r)) as Rule<InProposal>,
  /** The list of proposals to analyse and the checklist of a process. */
  'pb.proposal.administer': ((actor) => runs(actor)) as Rule<PbProcess>,
  /** An author (or accepted co-author) of an ineligible proposal appeals. */
  'pb.proposal.appeal': ((actor, r) => isAuthorOrMember(actor, r)) as Rule<InProposal>,
};
