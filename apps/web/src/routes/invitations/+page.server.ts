import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { authorize } from '#lib/server/permissions/can.ts';
import { invitationsFor } from '#lib/server/co-authors/queries.ts';
import { respondToInvitation, type InvitationRef } from '#lib/server/co-authors/respond.ts';

/**
 * Invitations to co-author waiting for the signed-in person's answer: all of them, or — opened
 * from the mailed link — the one its token names (an empty list then says the link is spent).
 */
export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    authorize(ctx.actor, 'account.manage_own');
    const token = event.url.searchParams.get('token');
    return { invitations: await invitationsFor(ctx, token), token };
  });

/** The form names the invitation by the link's token when it came from the mail, else by id. */
function refOf(raw: Record<string, unknown>): InvitationRef {
  return typeof raw.token === 'string' && raw.token
    ? { token: raw.token }
    : { invitationId: String(raw.invitationId ?? '') };
}

export const actions: Actions = {
  respond: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      respondToInvitation(ctx, refOf(raw), raw.answer),
    );
    if (!('done' in result)) return result;
    if (result.value.invitation.state === 'accepted') {
      redirect(303, `/proposals/${result.value.proposalId}?joined=1`);
    }
    return { done: 'coauthors.invitation.declined' as const };
  },
};
