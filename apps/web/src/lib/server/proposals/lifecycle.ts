import type { Transition } from '../lifecycle.ts';

export const PROPOSAL_STATES = ['draft', 'submitted', 'withdrawn'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** The slice of the proposal lifecycle this release runs; review states come with the call workflow. */
export const proposalTransitions = {
  submit: { from: ['draft'], to: 'submitted' },
  withdraw: { from: ['draft', 'submitted'], to: 'withdrawn' },
} as const satisfies Record<string, Transition<ProposalState>>;

export type ProposalTransition = keyof typeof proposalTransitions;
