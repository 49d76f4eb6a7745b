import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { staffVoteRules } from './permissions.ts';
import { seedStaffVotes } from './seed.ts';

/**
 * A call's staff vote (issue 9 item 11, decision 058): an internal participatory-budgeting
 * process linked to the call — the same booth, ballot rules and counting engine — whose
 * electorate is the organisation's employees and whose projects are the call's proposals.
 */
export default defineModule({
  name: 'staff-votes',
  messages,
  rules: staffVoteRules,
  constraints: {
    call_staff_votes_call_unique: { field: 'form', message: 'staff_vote.already' },
    call_staff_votes_internal: { field: 'form', message: 'staff_vote.internal' },
  },
  notifications: {
    // A week of voting: tomorrow's digest is soon enough, and one mail for all that happened.
    'staff_vote.opened': {
      label: 'staff_vote.notify.opened.label',
      title: 'staff_vote.notify.opened.title',
      body: 'staff_vote.notify.opened.body',
      email: 'digest',
      roles: ['employee'],
    },
  },
  seed: seedStaffVotes,
  e2ePages: [{ path: '/admin/evaluation', as: 'admin', follow: 'a.staff-vote-link' }],
});
