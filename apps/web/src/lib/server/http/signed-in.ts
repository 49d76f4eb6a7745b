import { redirect, type RequestEvent } from '@sveltejs/kit';
import { DEVICE_COOKIE } from '../accounts/sign-in-throttle.ts';
import { pendingSignIn, PENDING_COOKIE } from '../accounts/second-factor-pending.ts';
import { safeReturnTo } from './return-to.ts';
import { setSessionCookie } from './session-cookie.ts';

type Event = Pick<RequestEvent, 'cookies' | 'url'>;

const cookieOptions = (url: URL, maxAge: number, path = '/account') => ({
  path,
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: url.protocol === 'https:',
  maxAge,
});

/** Signed in: the session cookie, this browser remembered as a known device, then onwards. */
export function completeSignIn(
  event: Event,
  signedIn: { token: string; expiresAt: Date; device?: string },
  returnTo: unknown,
): never {
  setSessionCookie(event.cookies, event.url, signedIn.token, signedIn.expiresAt);
  if (signedIn.device) {
    event.cookies.set(DEVICE_COOKIE, signedIn.device, cookieOptions(event.url, 365 * 86_400));
  }
  event.cookies.delete(PENDING_COOKIE, { path: '/account' });
  redirect(303, safeReturnTo(returnTo));
}

/** The password was right and two-factor is on: on to the second factor (five minutes). */
export function awaitSecondFactor(event: Event, userId: string, returnTo: unknown): never {
  event.cookies.set(
    PENDING_COOKIE,
    pendingSignIn(userId, safeReturnTo(returnTo), new Date()),
    cookieOptions(event.url, 300),
  );
  redirect(303, '/account/sign-in/second-factor');
}
