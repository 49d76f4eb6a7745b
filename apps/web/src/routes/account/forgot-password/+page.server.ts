import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requestPasswordReset } from '#lib/server/accounts/password-reset.ts';
import { perform } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { requestMeta } from '#lib/server/http/request-meta.ts';
import { kickMail } from '#lib/server/startup.ts';
import { rememberRecipient } from '#lib/server/mail/demo-mailbox.ts';

// Open to everyone: asking for a link reveals nothing and changes nothing until it is used.
export const load: PageServerLoad = ({ url }) => ({ sent: url.searchParams.has('sent') });

export const actions: Actions = {
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) =>
      requestPasswordReset(ctx, raw, requestMeta(event)),
    );
    if (!('done' in result)) return result;
    rememberRecipient(event.cookies, event.url, raw.email);
    void kickMail();
    redirect(303, '/account/forgot-password?sent=1');
  },
};
