import { z } from 'zod';
import { signValue, verifySigned } from '../secrets.ts';

/**
 * Between a right password and the second factor, the browser holds a signed, short-lived
 * pending sign-in (who, until when, where to go after): it cannot be forged or stretched, and is
 * worth nothing without the second factor.
 */
export const PENDING_COOKIE = 'sign_in_pending';
const LIFETIME_MS = 5 * 60_000;

const pendingSchema = z.object({ u: z.uuid(), exp: z.number(), r: z.string().max(2000) });

export function pendingSignIn(userId: string, returnTo: string, now: Date) {
  return signValue(JSON.stringify({ u: userId, exp: now.getTime() + LIFETIME_MS, r: returnTo }));
}

export function readPendingSignIn(cookie: string | undefined, now: Date) {
  const value = verifySigned(cookie);
  if (!value) return null;
  try {
    const p = pendingSchema.parse(JSON.parse(value));
    return p.exp > now.getTime() ? { userId: p.u, returnTo: p.r } : null;
  } catch {
    return null;
  }
}
