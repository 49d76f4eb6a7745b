import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { perform, runLoad } from '#lib/server/http/run-action.ts';
import { signInRedirect } from '#lib/server/http/sign-in-redirect.ts';
import { LOCALE_COOKIE } from '#lib/server/http/locale.ts';
import { changePassword, getProfile, updateProfile } from '#lib/server/accounts/profile.ts';
import { resendVerification } from '#lib/server/accounts/verify-email.ts';
import { readForm } from '#lib/server/http/form.ts';
import { setSessionCookie } from '#lib/server/http/session-cookie.ts';
import { kickMail } from '#lib/server/startup.ts';

const NOTICES = ['saved', 'password_changed', 'resent', 'verified', 'employee', 'reset'] as const;

export const load: PageServerLoad = (event) =>
  runLoad(event, async (ctx) => {
    if (!ctx.actor) signInRedirect(event.url);
    return {
      profile: await getProfile(ctx),
      notice: NOTICES.find((k) => event.url.searchParams.has(k)),
    };
  });

export const actions: Actions = {
  update: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => updateProfile(ctx, raw));
    if (!('done' in result)) return result;
    // The chosen language applies at once (the switcher's cookie would otherwise win).
    event.cookies.set(LOCALE_COOKIE, result.value.locale, {
      path: '/',
      maxAge: 365 * 86_400,
      httpOnly: true,
      sameSite: 'lax',
      secure: event.url.protocol === 'https:',
    });
    redirect(303, '/account/profile?saved=1');
  },
  password: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const { raw, values } = await readForm(event.request);
    const result = await perform(event, values, (ctx) => changePassword(ctx, raw));
    if (!('done' in result)) return result;
    setSessionCookie(event.cookies, event.url, result.value.token, result.value.expiresAt);
    void kickMail();
    redirect(303, '/account/profile?password_changed=1');
  },
  resend: async (event) => {
    if (!event.locals.actor) signInRedirect(event.url);
    const result = await perform(event, {}, (ctx) => resendVerification(ctx));
    if (!('done' in result)) return result;
    void kickMail();
    redirect(303, '/account/profile?resent=1');
  },
};
