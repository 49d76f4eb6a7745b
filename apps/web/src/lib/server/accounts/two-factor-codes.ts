import { createHash, randomBytes, randomInt } from 'node:crypto';
import { generateHOTP } from '@oslojs/otp';

/**
 * TOTP (RFC 6238: 30-second steps, 6 digits, SHA-1 — what every authenticator app reads) and
 * recovery codes. A code is accepted for the current step or one step either side (clocks
 * drift), and never for a step at or before the last one accepted (no replay).
 */
export const PERIOD_SECONDS = 30;
export const DIGITS = 6;

export const stepAt = (now: Date) => Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);

export function newTotpKey(): Uint8Array {
  return new Uint8Array(randomBytes(20));
}

/** The step this code belongs to, if it is valid now and newer than `lastStep`. */
export function acceptedStep(key: Uint8Array, code: string, now: Date, lastStep: number | null) {
  const current = stepAt(now);
  for (const step of [current - 1, current, current + 1]) {
    if (lastStep !== null && step <= lastStep) continue;
    if (generateHOTP(key, BigInt(step), DIGITS) === code) return step;
  }
  return null;
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i: read aloud and typed

/** Ten recovery codes like `k7wm-x3pa-q9`, shown once; only their hashes are kept. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 10)}`;
  });
}

export const normaliseRecoveryCode = (code: string) =>
  code.trim().toLowerCase().replace(/\s+/g, '');
export const hashRecoveryCode = (code: string) =>
  createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');
