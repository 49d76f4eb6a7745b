import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { coDevelopmentRules } from './permissions.ts';
import { coDevelopmentNotifications } from './notification-messages.ts';
import { coDevelopmentPersonalData } from './personal-data.ts';
import { seedCoDevelopment } from './seed.ts';

/**
 * Co-development of proposals (issue 8 item 3): comments with one level of replies, reports to
 * the moderators who may hide a comment with a reason, supports, followers, and what a merge
 * of duplicates carries over. Decision 080.
 */
export default defineModule({
  name: 'co-development',
  messages,
  rules: coDevelopmentRules,
  constraints: {
    proposal_comments_one_level_of_replies: {
      field: 'parentId',
      message: 'comments.constraint.one_level',
    },
    proposal_supports_not_by_author: { field: 'form', message: 'supports.own' },
  },
  personalData: coDevelopmentPersonalData,
  notifications: coDevelopmentNotifications,
  adminTools: [
    {
      href: '/admin/comments',
      title: 'comments.queue.title',
      description: 'comments.queue.description',
      action: 'comment.moderation_queue',
    },
  ],
  seed: seedCoDevelopment,
  e2ePages: [
    // The queue holds the demo's reported comment. (Proposal pages, where the demo's threads
    // show, are visited through the proposals module's entries.)
    { path: '/admin/comments', as: 'admin' },
  ],
});
