/**
 * A citizen proposal's states: written (draft, while co-authors are invited), submitted, then
 * the analysis decides — eligible (on the ballot), ineligible (reasons public; may be appealed),
 * merged into another proposal — or its authors withdraw it.
 */
export const PB_PROPOSAL_STATES = [
  'draft',
  'submitted',
  'eligible',
  'ineligible',
  'merged',
  'withdrawn',
] as const;
export type PbProposalState = (typeof PB_PROPOSAL_STATES)[number];

/** States the public sees: everything once submitted (drafts are the authors' own). */
export const PUBLIC_STATES: readonly PbProposalState[] = [
  'submitted',
  'eligible',
  'ineligible',
  'merged',
];
