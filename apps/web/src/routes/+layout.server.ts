import type { LayoutServerLoad } from './$types';
import { config } from '#lib/server/config.ts';
import { can } from '#lib/server/permissions/can.ts';
import { isStaff } from '#lib/server/calls/permissions.ts';

export const load: LayoutServerLoad = ({ locals, url }) => {
  const { org, actor, locale } = locals;
  return {
    locale,
    demo: config().demo,
    returnTo: url.pathname + url.search,
    org: org ? { name: org.name, timeZone: org.timeZone } : null,
    user: actor
      ? {
          name: actor.name,
          emailVerified: actor.emailVerified,
          isStaff: isStaff(actor),
          canAdmin: can(actor, 'audit.read') || can(actor, 'organisation.read_members'),
        }
      : null,
  };
};
