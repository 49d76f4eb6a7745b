import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { pbProposalRules } from './permissions.ts';
import { seedPbProposals } from './seed.ts';
import { pbProposalsPersonalData } from './personal-data.ts';

type Step = 'eligible' | 'merged_in' | 'invited' | 'appeal_decided';
const kind = <S extends Step>(step: S, email: 'now' | 'digest') => ({
  label: `pb_proposals.notify.${step}.label` as `pb_proposals.notify.${S}.label`,
  title: `pb_proposals.notify.${step}.title` as `pb_proposals.notify.${S}.title`,
  body: `pb_proposals.notify.${step}.body` as `pb_proposals.notify.${S}.body`,
  email,
});

/**
 * Citizen proposals in a participatory-budgeting process, their technical and legal analysis,
 * merges and appeals; an eligible proposal becomes a project on the ballot (decision 056).
 */
export default defineModule({
  name: 'pb-proposals',
  messages,
  rules: pbProposalRules,
  constraints: {
    pb_proposals_cost_cap: { field: 'cost', message: 'pb_proposals.over_cap' },
    pb_proposals_per_domain: { field: 'domainId', message: 'pb_proposals.limit_reached' },
    pb_proposals_domain_fk: { field: 'domainId', message: 'pb_proposals.domain_unknown' },
    pb_proposals_coordinates: { field: 'latitude', message: 'pb_proposals.form.both_coordinates' },
    pb_appeals_proposal_unique: { field: 'text', message: 'pb_proposals.appeal.already' },
  },
  notifications: {
    'pb_proposals.eligible': kind('eligible', 'now'),
    'pb_proposals.merged_in': kind('merged_in', 'digest'),
    'pb_proposals.invited': kind('invited', 'now'),
    'pb_proposals.appeal_decided': kind('appeal_decided', 'now'),
  },
  personalData: pbProposalsPersonalData,
  seed: seedPbProposals,
  e2ePages: [
    { path: '/pb/proposals', as: null },
    { path: '/pb/proposals', as: null, follow: 'a.pb-proposals-link' },
    { path: '/pb/proposals', as: null, follow: 'a.pb-decided-link' },
    { path: '/pb/proposals', as: 'participant', follow: 'a.pb-propose-link' },
    { path: '/pb/proposals', as: 'participant', follow: 'a.pb-my-proposal-link' },
    { path: '/pb/proposals', as: 'admin', follow: 'a.pb-proposal-link' },
    { path: '/pb/proposals', as: 'admin', follow: 'a.pb-rules-link' },
  ],
});
