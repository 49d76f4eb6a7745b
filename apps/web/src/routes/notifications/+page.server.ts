import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { readForm } from '#lib/server/http/form.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { markAllRead, markRead, myNotifications } from '#lib/server/notifications/centre.ts';

const NOTICES = ['marked', 'marked_all'] as const;

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return {
      ...(await myNotifications(ctx, { page: event.url.searchParams.get('page') })),
      notice: NOTICES.find((k) => event.url.searchParams.has(k)),
    };
  });

export const actions: Actions = {
  /** Marks it read and goes where it leads (a path on this site: the database holds to that). */
  open: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => markRead(ctx, raw.id));
    if (!('done' in result)) return result;
    redirect(303, result.value.href ?? '/notifications?marked=1');
  },
  read: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => markRead(ctx, raw.id));
    if (!('done' in result)) return result;
    redirect(303, '/notifications?marked=1');
  },
  all: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const result = await perform(event, {}, (ctx) => markAllRead(ctx));
    if (!('done' in result)) return result;
    redirect(303, '/notifications?marked_all=1');
  },
};
