import type { LayoutServerLoad } from './$types';
import { config } from '#lib/server/config.ts';
import { isStaff } from '#lib/server/calls/permissions.ts';
import { adminToolsFor } from '#lib/server/admin-tools.ts';
import { can } from '#lib/server/permissions/can.ts';
import { demoMailboxOn } from '#lib/server/mail/demo-mailbox.ts';
import { unreadCount } from '#lib/server/notifications/centre.ts';
import { database } from '#lib/server/runtime.ts';
import type { Actor } from '#lib/server/context.ts';
import type { Organisation } from '#lib/server/organisations/schema.ts';

/**
 * Pages are server-rendered documents: no client-side rendering, so no script, no serialised
 * data and no message catalogue reach the browser (decision 009). A page that needs a widget
 * opts in with its own small script.
 */
export const csr = false;

export const load: LayoutServerLoad = async ({ locals, url }) => {
  const { org, actor, locale } = locals;
  return {
    // The page's language: t() reads its texts from the server's catalogue (i18n/t.ts).
    locale,
    demo: config().demo,
    demoMailbox: demoMailboxOn(),
    returnTo: url.pathname + url.search,
    org: org
      ? {
          name: org.name,
          timeZone: org.timeZone,
          accentColour: org.accentColour,
          logoSha256: org.logoSha256,
        }
      : null,
    user: actor
      ? {
          name: actor.name,
          emailVerified: actor.emailVerified,
          isStaff: isStaff(actor),
          canAdmin: adminToolsFor(actor).length > 0,
          canEvaluate: can(actor, 'evaluation.evaluate'),
          awaitingTwoFactor: (actor.awaitingTwoFactor ?? []).length > 0,
          unread: org ? await unread(org, actor) : null,
        }
      : null,
  };
};

/**
 * The header's unread count: one indexed count per signed-in page. Never the reason a page
 * fails — without it the header simply shows no number.
 */
async function unread(org: Organisation, actor: Actor): Promise<number | null> {
  try {
    return await unreadCount({ db: database().db, org, actor, now: () => new Date() });
  } catch {
    return null;
  }
}
