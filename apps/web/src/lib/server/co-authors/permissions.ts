import type { Actor } from '../context.ts';
import type { Rule } from '../permissions/rule.ts';
import { callRules } from '../calls/permissions.ts';
import type { InCall } from '../proposals/lifecycle.ts';
import { isAuthor } from '../proposals/permissions.ts';
import type { ProposalInvitation } from './schema.ts';

/** An author of a draft, while they may still propose to its call. */
const authorOfDraft = (actor: Actor | null, { proposal, call }: InCall) =>
  proposal.state === 'draft' && isAuthor(actor, proposal) && callRules['call.propose'](actor, call);

export const coAuthorRules = {
  /** Inviting a colleague: an author of a draft, in a call that takes team proposals. */
  'proposal.invite_co_author': ((actor, r) =>
    r.call.allowsTeam && authorOfDraft(actor, r)) as Rule<InCall>,
  /**
   * Withdrawing an invitation, removing a co-author (a co-author may also leave): any author of
   * the draft. The lead author is never removed (they may withdraw the proposal instead).
   */
  'proposal.manage_co_authors': ((actor, r) => authorOfDraft(actor, r)) as Rule<InCall>,
  /** Accepting or declining: only the person invited, while the invitation waits. */
  'proposal.respond_to_invitation': ((actor, invitation) =>
    !!actor &&
    actor.userId === invitation.inviteeId &&
    invitation.state === 'pending') as Rule<ProposalInvitation>,
};
