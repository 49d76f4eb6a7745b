import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from '../accounts/sessions.ts';

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date) {
  cookies.set(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    expires: expiresAt,
  });
}

export function clearSessionCookie(cookies: Cookies) {
  cookies.delete(SESSION_COOKIE, { path: '/' });
}
