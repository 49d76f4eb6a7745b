import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { coAuthorRules } from './permissions.ts';
import { coAuthorsPersonalData } from './personal-data.ts';
import { seedCoAuthors } from './seed.ts';

type Key = keyof typeof messages;
const answered = (answer: 'accepted' | 'declined') => ({
  label: 'coauthors.notification.answered.label' as Key,
  title: `coauthors.notification.${answer}.title` as Key,
  body: `coauthors.notification.${answer}.body` as Key,
  email: 'digest' as const,
});

/**
 * A proposal's co-authors: invited by e-mail by an author of the draft, they accept or decline;
 * authors withdraw invitations and remove co-authors while it is a draft. `addCoAuthors` (add.ts)
 * is how merging duplicates brings the merged proposal's authors along (decision 032).
 */
export default defineModule({
  name: 'co-authors',
  messages,
  rules: coAuthorRules,
  constraints: {
    proposal_co_authors_team_size: { field: 'form', message: 'coauthors.team_full_plain' },
    proposal_co_authors_not_lead: { field: 'email', message: 'coauthors.not_lead' },
    proposal_co_authors_member: { field: 'email', message: 'coauthors.not_member' },
    proposals_team_required: { field: 'form', message: 'coauthors.team_required' },
  },
  personalData: coAuthorsPersonalData,
  notifications: {
    'co-authors.accepted': answered('accepted'),
    'co-authors.declined': answered('declined'),
  },
  seed: seedCoAuthors,
  // The demo employee has an invitation waiting (seed.ts); the list links to its draft's call.
  e2ePages: [{ path: '/invitations', as: 'employee' }],
});
