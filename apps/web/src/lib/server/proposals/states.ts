/**
 * The states of a proposal (issue 8 item 4). The transitions between them are in lifecycle.ts;
 * the database holds the same list (constraint proposals_state, migration 0100).
 */
export const PROPOSAL_STATES = [
  'draft',
  'submitted',
  'clarification_requested',
  'eligible',
  'ineligible',
  'in_evaluation',
  'shortlisted',
  'not_selected',
  'selected',
  'withdrawn',
  'merged',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** States a moderator has not finished with: the formal check's queue. */
export const AWAITING_REVIEW: readonly ProposalState[] = ['submitted', 'clarification_requested'];

/**
 * States that staff who may read the call see (and that the call's list shows). Drafts and
 * withdrawn proposals stay with their authors; an ineligible one with its authors and the
 * moderators, so the reason reaches only them.
 */
export const LISTED_STATES: readonly ProposalState[] = [
  'submitted',
  'clarification_requested',
  'eligible',
  'in_evaluation',
  'shortlisted',
  'not_selected',
  'selected',
];

/** Listed ones, and a merged proposal (its page says where it went). */
export const VISIBLE_STATES: readonly ProposalState[] = [...LISTED_STATES, 'merged'];

/** States a duplicate may be merged into: a live proposal, not yet decided on. */
export const MERGE_TARGETS: readonly ProposalState[] = [
  'submitted',
  'clarification_requested',
  'eligible',
  'in_evaluation',
];
