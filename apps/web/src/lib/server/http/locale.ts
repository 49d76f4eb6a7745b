import type { RequestEvent } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/locales.ts';

export const LOCALE_COOKIE = 'locale';

/**
 * The page language: the remembered choice, else the profile's, else the organisation's
 * (Romanian first: the browser's language is not guessed from, the switcher is on every page).
 */
export function resolveLocale(
  event: Pick<RequestEvent, 'cookies'>,
  profileLocale: string | undefined,
  orgLocale: string | undefined,
): Locale {
  const cookie = event.cookies.get(LOCALE_COOKIE);
  if (isLocale(cookie)) return cookie;
  if (isLocale(profileLocale)) return profileLocale;
  return isLocale(orgLocale) ? orgLocale : DEFAULT_LOCALE;
}
