import { redirect, type RequestHandler } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { isLocale } from '#lib/i18n/locales.ts';
import { LOCALE_COOKIE } from '#lib/server/http/locale.ts';
import { database } from '#lib/server/runtime.ts';
import { users } from '#lib/server/accounts/schema.ts';
import { safeReturnTo } from '#lib/server/http/return-to.ts';
import { changed } from '#lib/server/cache/short-lived.ts';

/** The language switcher posts here: remember the choice (cookie, and profile when signed in). */
export const POST: RequestHandler = async ({ request, cookies, locals, url }) => {
  const form = await request.formData().catch(() => new FormData());
  const locale = form.get('locale');
  const returnTo = safeReturnTo(form.get('returnTo'));
  if (isLocale(locale)) {
    cookies.set(LOCALE_COOKIE, locale, {
      path: '/',
      maxAge: 365 * 86_400,
      httpOnly: true,
      sameSite: 'lax',
      secure: url.protocol === 'https:',
    });
    if (locals.actor && locals.actor.locale !== locale) {
      // A preference, not a change anyone audits: the profile page records edits that matter.
      await database().db.update(users).set({ locale }).where(eq(users.id, locals.actor.userId));
      // The next page is in the new language: the cached session must not say the old one.
      changed('user');
    }
  }
  redirect(303, returnTo);
};
