import { redirect, type RequestEvent } from '@sveltejs/kit';
import { perform } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { inviteCoAuthor } from '#lib/server/co-authors/invite.ts';
import { removeCoAuthor, withdrawInvitation } from '#lib/server/co-authors/manage.ts';
import type { MessageKey } from '#lib/i18n/message.ts';

type Event = RequestEvent<{ proposalId: string }>;

/** The proposal page's team forms: invite a colleague, withdraw an invitation, remove or leave. */
export const coAuthorActions = {
  invite: async (event: Event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      inviteCoAuthor(ctx, event.params.proposalId, raw),
    );
    if (!('done' in result)) return result;
    return { done: 'coauthors.invite.sent' as MessageKey };
  },
  withdraw_invitation: async (event: Event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      withdrawInvitation(ctx, event.params.proposalId, raw),
    );
    if (!('done' in result)) return result;
    return { done: 'coauthors.withdrawn' as MessageKey };
  },
  remove_co_author: async (event: Event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      removeCoAuthor(ctx, event.params.proposalId, raw),
    );
    if (!('done' in result)) return result;
    // Who left their team may no longer read its draft: back to their own proposals.
    if (result.value.left) redirect(303, '/my/proposals?left=1');
    return { done: 'coauthors.removed' as MessageKey };
  },
};
