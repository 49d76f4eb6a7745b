import type { Queryable } from '../db/client.ts';
import { RateLimited } from '../errors.ts';
import { clear, peek, record, type RateLimit } from '../rate-limits/rate-limit.ts';
import { signValue, verifySigned } from '../secrets.ts';
import { newToken } from './sessions.ts';

/**
 * Guessing passwords is slowed down without locking the rightful person out (decision 015).
 * Only failed sign-ins count:
 * - per client address: past the limit, that address may not try any account for a while;
 * - per account: past the limit, the account may be tried only from a device it was signed in
 *   from before (a signed "known device" cookie), each such device with its own limit. An
 *   attacker spraying guesses from many addresses thus never blocks the victim's own browser;
 *   on a new device, the victim waits for the window or resets the password by e-mail, which
 *   ends the lock.
 */
export const THROTTLE = {
  client: { limit: 20, windowSeconds: 15 * 60 },
  account: { limit: 10, windowSeconds: 15 * 60 },
  device: { limit: 10, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimit>;

export const DEVICE_COOKIE = 'device';

/** A new known-device token for this account (set as a long-lived HttpOnly cookie). */
export const deviceToken = (userId: string) => signValue(`${userId}:${newToken()}`);

/** The device id if the cookie is ours, unaltered, and issued for this account. */
export function knownDevice(cookie: string | null | undefined, userId: string | undefined) {
  const value = verifySigned(cookie ?? undefined);
  if (!value || !userId) return undefined;
  const [owner, device] = value.split(':');
  return owner === userId && device ? device : undefined;
}

const keys = (ip: string, email: string, device?: string) => ({
  client: `sign_in_failed:ip:${ip}`,
  account: `sign_in_failed:email:${email}`,
  device: device ? `sign_in_failed:device:${device}` : undefined,
});

/** Refuses the attempt before any password is checked, when a limit is already reached. */
export async function refuseIfThrottled(
  db: Queryable,
  now: Date,
  ip: string,
  email: string,
  device?: string,
) {
  const k = keys(ip, email, device);
  const client = await peek(db, k.client, THROTTLE.client, now);
  if (client.over) throw new RateLimited(client.retryAfter);
  const own = k.device
    ? await peek(db, k.device, THROTTLE.device, now)
    : await peek(db, k.account, THROTTLE.account, now);
  if (own.over)
    throw new RateLimited(
      own.retryAfter,
      k.device ? 'errors.rate_limited' : 'accounts.sign_in.account_locked',
    );
}

/** Counts a failed attempt against the address, the account and the device. */
export async function countFailure(
  db: Queryable,
  now: Date,
  ip: string,
  email: string,
  device?: string,
) {
  const k = keys(ip, email, device);
  await record(db, k.client, THROTTLE.client, now);
  await record(db, k.account, THROTTLE.account, now);
  if (k.device) await record(db, k.device, THROTTLE.device, now);
}

/** The owner proved it is them (a reset link): the account may be tried from anywhere again. */
export const endAccountLock = (db: Queryable, email: string) =>
  clear(db, `sign_in_failed:email:${email.toLowerCase()}`);
