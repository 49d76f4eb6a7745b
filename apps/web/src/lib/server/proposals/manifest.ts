import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { proposalRules } from './permissions.ts';
import { proposalsPersonalData } from './personal-data.ts';
import { seedProposals } from './seed.ts';
import { proposalNotifications } from './notifications.ts';
import { proposalAttachments, proposalFileRules } from './attachments.ts';

/** Proposals to a call: written, saved as drafts, submitted, withdrawn. */
export default defineModule({
  name: 'proposals',
  messages,
  rules: { ...proposalRules, ...proposalFileRules },
  constraints: {
    proposals_category_fk: { field: 'categoryId', message: 'proposals.category.unknown' },
    proposals_submitted_complete: { field: 'problem', message: 'proposals.submit.incomplete' },
  },
  personalData: proposalsPersonalData,
  notifications: proposalNotifications,
  seed: seedProposals,
  attachments: { proposal: proposalAttachments },
  e2ePages: [
    { path: '/my/proposals', as: 'employee' },
    { path: '/my/proposals', as: 'employee', follow: 'main a[href^="/proposals/"]' },
    // The formal check of a proposal awaiting it, reached as a moderator would: the demo's open
    // call (by its title: other browser tests publish calls of their own, which have no
    // proposals), a proposal submitted there, its "formal check" link.
    {
      path: '/calls',
      as: 'admin',
      follow: [
        'main a[href^="/calls/"]:has-text("Innovato-R 2026")',
        'main li[data-state="submitted"] a[href^="/proposals/"]',
        'main a[href$="/check"]',
      ],
    },
  ],
});
