import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { database } from '#lib/server/runtime.ts';
import { demoMailbox, demoMailboxOn, mailboxAddresses } from '#lib/server/mail/demo-mailbox.ts';

/** Demo mode only: the visitor's own mails (see mail/demo-mailbox.ts for who sees what). */
export const load: PageServerLoad = async ({ cookies, locals }) => {
  if (!demoMailboxOn()) error(404, 'errors.not_found', { key: 'errors.not_found' });
  const own = locals.actor ? [locals.actor.email.toLowerCase()] : [];
  const to = [...new Set([...own, ...mailboxAddresses(cookies)])];
  return { to, mails: await demoMailbox(database().db, to) };
};
