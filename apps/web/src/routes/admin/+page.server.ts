import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { can } from '#lib/server/permissions/can.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';

type Tool = 'organisation' | 'departments' | 'members' | 'emails' | 'audit';

/** The administration index: a link to each tool the actor may use, and nothing else. */
export const load: PageServerLoad = ({ locals, url }) => {
  const actor = locals.actor;
  if (!actor) signInRedirect(url);
  const tools = [
    can(actor, 'organisation.manage_settings') && 'organisation',
    can(actor, 'organisation.manage_departments') && 'departments',
    can(actor, 'organisation.read_members') && 'members',
    can(actor, 'mail.read_outbox') && 'emails',
    can(actor, 'audit.read') && 'audit',
  ].filter((x): x is Tool => !!x);
  if (!tools.length) error(403, { message: 'errors.forbidden', key: 'errors.forbidden' });
  return { tools };
};
