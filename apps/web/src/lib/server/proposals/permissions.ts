import { hasRole, type Actor } from '../context.ts';
import { callRules } from '../calls/permissions.ts';
import type { InnovationCall } from '../calls/schema.ts';
import type { Rule } from '../permissions/rule.ts';
import { evaluationRules } from '../evaluation/permissions.ts';
import type { Proposal } from './schema.ts';
import { VISIBLE_STATES } from './states.ts';

type InCall = { proposal: Proposal; call: InnovationCall };
/** A list that does not load who wrote each proposal asks for its call alone. */
type Authored = { proposal?: Pick<Proposal, 'authorId' | 'coAuthorIds'>; call: InnovationCall };

/** The lead author. */
const isLead = (actor: Actor | null, p: Proposal) => !!actor && actor.userId === p.authorId;

/** Any author: the lead or a co-author who accepted (co-authors/, migration 0140). */
export const isAuthor = (actor: Actor | null, p: Pick<Proposal, 'authorId' | 'coAuthorIds'>) =>
  !!actor && (actor.userId === p.authorId || p.coAuthorIds.includes(actor.userId));

/** Moderators and administrators check proposals formally (never their own). */
const reviews = (actor: Actor | null, { proposal, call }: InCall) =>
  hasRole(actor, 'moderator', 'admin') &&
  !isAuthor(actor, proposal) &&
  callRules['call.read'](actor, call);

/**
 * The committee decides. There is no separate committee role yet: the organisation's
 * administrators are its committee (decision 030). Never on their own proposal.
 */
const decides = (actor: Actor | null, { proposal, call }: InCall) =>
  hasRole(actor, 'admin') && !isAuthor(actor, proposal) && callRules['call.read'](actor, call);

export const proposalRules = {
  /**
   * Drafts are private to their authors; withdrawn and ineligible ones are seen by their authors
   * and the moderators; the rest by whoever may read the call.
   */
  'proposal.read': ((actor, r) =>
    isAuthor(actor, r.proposal) ||
    (r.proposal.state !== 'draft' && reviews(actor, r)) ||
    (VISIBLE_STATES.includes(r.proposal.state) &&
      callRules['call.read'](actor, r.call))) as Rule<InCall>,
  /** Authors (lead and co-authors) edit a draft while the call is open, and answer a request for clarification. */
  'proposal.edit': ((actor, { proposal, call }) =>
    isAuthor(actor, proposal) &&
    ((proposal.state === 'draft' && callRules['call.propose'](actor, call)) ||
      proposal.state === 'clarification_requested')) as Rule<InCall>,
  /**
   * Authors submit while they may propose to the call. Which state it is submitted from is the
   * lifecycle's business: so the same submit again (a double click, a resent form) finds the
   * author still allowed, and the engine answers it as done (issue 7: a success, not an error).
   */
  'proposal.submit': ((actor, { proposal, call }) =>
    isAuthor(actor, proposal) && callRules['call.propose'](actor, call)) as Rule<InCall>,
  'proposal.answer': ((actor, r) =>
    r.proposal.state === 'clarification_requested' &&
    proposalRules['proposal.edit'](actor, r)) as Rule<InCall>,
  /** Withdrawing ends the proposal for the whole team: its lead author decides that. */
  'proposal.withdraw': ((actor, { proposal }) => isLead(actor, proposal)) as Rule<InCall>,
  /** The formal check: clarification, eligible, ineligible, merging duplicates. */
  'proposal.review': reviews as Rule<InCall>,
  /** Evaluation and the decision: in evaluation, shortlisted, selected, not selected. */
  'proposal.decide': decides as Rule<InCall>,
  /**
   * Whether this reader may learn who wrote the proposal — names, co-authors, who uploaded its
   * files: its own authors always; anyone else but an evaluator of a blind call. The one place
   * pages, lists, the authors' panel and the files ask (evaluation/permissions.ts says why).
   */
  'proposal.sees_authors': ((actor, r) =>
    (!!r.proposal && isAuthor(actor, r.proposal)) ||
    evaluationRules['evaluation.sees_authors'](actor, r.call)) as Rule<Authored>,
};
