import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { adminToolsFor } from '#lib/server/admin-tools.ts';

/** The administration index: a link to each tool the actor may use, and nothing else. */
export const load: PageServerLoad = ({ locals, url }) => {
  if (!locals.actor) signInRedirect(url);
  const tools = adminToolsFor(locals.actor);
  if (!tools.length) error(403, 'errors.forbidden', { key: 'errors.forbidden' });
  return { tools };
};
