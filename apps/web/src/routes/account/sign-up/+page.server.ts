import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { signUp } from '#lib/server/accounts/sign-up.ts';
import { perform } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { requestMeta } from '#lib/server/http/request-meta.ts';
import { kickMail } from '#lib/server/startup.ts';
import { rememberRecipient } from '#lib/server/mail/demo-mailbox.ts';

export const load: PageServerLoad = ({ locals, url }) => {
  // Anyone may create an account; someone signed in already has one.
  if (locals.actor) redirect(303, '/account/profile');
  return { sent: url.searchParams.has('sent') };
};

export const actions: Actions = {
  default: async (event) => {
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => signUp(ctx, raw, requestMeta(event)));
    if (!('done' in result)) return result;
    rememberRecipient(event.cookies, event.url, raw.email);
    void kickMail();
    redirect(303, '/account/sign-up?sent=1');
  },
};
