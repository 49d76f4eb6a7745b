import { hasRole, isMember, type Actor } from '../context.ts';
import type { InnovationCall } from '../calls/schema.ts';
import type { Proposal } from '../proposals/schema.ts';
import { proposalRules } from '../proposals/permissions.ts';
import { LISTED_STATES } from '../proposals/states.ts';
import type { Rule } from '../permissions/rule.ts';
import type { ProposalComment } from './schema.ts';

/** A proposal as co-development sees it: its call and everyone who wrote it. */
export interface Discussed {
  proposal: Proposal;
  call: InnovationCall;
  /** The author and the co-authors. */
  authorIds: readonly string[];
}

export type OnComment = Discussed & { comment: ProposalComment };

const isAuthor = (actor: Actor | null, r: Discussed) =>
  !!actor && r.authorIds.includes(actor.userId);
const moderates = (actor: Actor | null) => hasRole(actor, 'moderator', 'admin');

/**
 * The conversation around a proposal is for members of the organisation who may read it, once
 * it is submitted — and never for an evaluator of a blind call: who comments, and what they
 * say, would tell who wrote it (decision 080).
 */
const readsThread = (actor: Actor | null, r: Discussed) =>
  isMember(actor) &&
  r.proposal.state !== 'draft' &&
  proposalRules['proposal.read'](actor, r) &&
  proposalRules['proposal.sees_authors'](actor, r);

/** Taking part (commenting, supporting) while the proposal is live: submitted, not decided away. */
const takesPart = (actor: Actor | null, r: Discussed) =>
  readsThread(actor, r) && LISTED_STATES.includes(r.proposal.state);

const ownComment = (actor: Actor | null, c: ProposalComment) =>
  !!actor && actor.userId === c.authorId && c.deletedAt === null;

export const coDevelopmentRules = {
  'comment.read': readsThread as Rule<Discussed>,
  'comment.post': takesPart as Rule<Discussed>,
  /** One's own comment, not deleted, not hidden by a moderator, while the proposal is live. */
  'comment.edit': ((actor, r) =>
    takesPart(actor, r) &&
    ownComment(actor, r.comment) &&
    r.comment.hiddenAt === null) as Rule<OnComment>,
  /** One's own comment, even hidden, while one may read the thread. */
  'comment.delete': ((actor, r) =>
    readsThread(actor, r) && ownComment(actor, r.comment)) as Rule<OnComment>,
  /** Someone else's comment that still shows. */
  'comment.report': ((actor, r) =>
    readsThread(actor, r) &&
    !!actor &&
    actor.userId !== r.comment.authorId &&
    r.comment.deletedAt === null &&
    r.comment.hiddenAt === null) as Rule<OnComment>,
  /** Moderators hide someone else's comment with a reason, or let a reported one stand. */
  'comment.moderate': ((actor, r) =>
    moderates(actor) &&
    readsThread(actor, r) &&
    actor!.userId !== r.comment.authorId &&
    r.comment.deletedAt === null) as Rule<OnComment>,
  /** The queue of reported comments. */
  'comment.moderation_queue': ((actor) => moderates(actor)) as Rule,
  /** Staff support a live proposal they did not write (nor co-write). */
  'proposal.support': ((actor, r) =>
    takesPart(actor, r) &&
    !isAuthor(actor, r) &&
    hasRole(actor, 'employee', 'moderator', 'admin')) as Rule<Discussed>,
  /** Following: whoever reads the thread (its authors are told anyway). */
  'proposal.follow': readsThread as Rule<Discussed>,
};
