import type { Actor } from '../context.ts';
import { callRules } from '../calls/permissions.ts';
import type { InnovationCall } from '../calls/schema.ts';
import type { Rule } from '../permissions/rule.ts';
import type { Proposal } from './schema.ts';

type InCall = { proposal: Proposal; call: InnovationCall };

const isAuthor = (actor: Actor | null, p: Proposal) => !!actor && actor.userId === p.authorId;

export const proposalRules = {
  /** Drafts are private to their author; submitted proposals to whoever may read the call. */
  'proposal.read': ((actor, { proposal, call }) =>
    isAuthor(actor, proposal) ||
    (proposal.state === 'submitted' && callRules['call.read'](actor, call))) as Rule<InCall>,
  'proposal.edit': ((actor, { proposal, call }) =>
    isAuthor(actor, proposal) &&
    proposal.state === 'draft' &&
    callRules['call.propose'](actor, call)) as Rule<InCall>,
  'proposal.submit': ((actor, r) => proposalRules['proposal.edit'](actor, r)) as Rule<InCall>,
  'proposal.withdraw': ((actor, { proposal }) =>
    isAuthor(actor, proposal) && proposal.state !== 'withdrawn') as Rule<InCall>,
};
