import type { RequestEvent } from '@sveltejs/kit';
import { performItemForm } from '#lib/server/http/item-form.ts';
import { deleteComment, editComment, postComment } from '#lib/server/co-development/comments.ts';
import { reportComment } from '#lib/server/co-development/moderation.ts';
import { moderationActions } from '../../admin/comments/moderation-actions.ts';
import { supportProposal, withdrawSupport } from '#lib/server/co-development/supports.ts';
import { setFollowing } from '#lib/server/co-development/follows.ts';

type Event = RequestEvent<{ proposalId: string }>;

/** Co-development's forms on a proposal's page (Comments.svelte names their fields). */
export const coDevelopmentActions = {
  comment: (event: Event) =>
    performItemForm(event, 'reply', 'parentId', 'comments.posted', (ctx, raw) =>
      postComment(ctx, event.params.proposalId, raw),
    ),
  editComment: (event: Event) =>
    performItemForm(event, 'edit', 'commentId', 'comments.saved', (ctx, raw, id) =>
      editComment(ctx, id, raw),
    ),
  deleteComment: (event: Event) =>
    performItemForm(event, 'delete', 'commentId', 'comments.removed', (ctx, _raw, id) =>
      deleteComment(ctx, id),
    ),
  reportComment: (event: Event) =>
    performItemForm(event, 'report', 'commentId', 'comments.reported', (ctx, raw, id) =>
      reportComment(ctx, id, raw),
    ),
  hideComment: moderationActions.hideComment,
  support: (event: Event) =>
    performItemForm(event, 'support', 'proposal', 'supports.given', (ctx) =>
      supportProposal(ctx, event.params.proposalId),
    ),
  withdrawSupport: (event: Event) =>
    performItemForm(event, 'support', 'proposal', 'supports.withdrawn', (ctx) =>
      withdrawSupport(ctx, event.params.proposalId),
    ),
  follow: (event: Event) =>
    performItemForm(event, 'follow', 'proposal', 'follows.followed', (ctx) =>
      setFollowing(ctx, event.params.proposalId, true),
    ),
  unfollow: (event: Event) =>
    performItemForm(event, 'follow', 'proposal', 'follows.unfollowed', (ctx) =>
      setFollowing(ctx, event.params.proposalId, false),
    ),
};
