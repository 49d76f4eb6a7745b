import type { InnovationCall } from '../calls/schema.ts';
import type { Proposal } from '../proposals/schema.ts';

/** The largest team the call allows, lead author included (1: individual proposals only). */
export const teamLimit = (call: Pick<InnovationCall, 'allowsTeam' | 'maxTeamSize'>) =>
  call.allowsTeam ? (call.maxTeamSize ?? 1) : 1;

/** How many authors the proposal has now: the lead and the co-authors. */
export const teamSize = (proposal: Pick<Proposal, 'coAuthorIds'>) =>
  1 + proposal.coAuthorIds.length;

export const teamFull = (
  proposal: Pick<Proposal, 'coAuthorIds'>,
  call: Pick<InnovationCall, 'allowsTeam' | 'maxTeamSize'>,
) => teamSize(proposal) >= teamLimit(call);
