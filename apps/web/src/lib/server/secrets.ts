import {
  createCipheriv,
  createHash,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { config } from './config.ts';

/**
 * One secret kept outside the database (SECRET_KEY; in development a random key kept in
 * DATA_DIR/.secret-key), from which each use derives its own key: the audit chain's HMAC, the
 * sealing of TOTP secrets and of single sign-on client secrets, signed cookies. Whoever holds
 * only the database can neither forge these nor read them. Changing SECRET_KEY invalidates them
 * all: keep it (and back it up) as you keep the database.
 */
let master: Buffer | undefined;

function masterKey(): Buffer {
  if (master) return master;
  const c = config();
  if (c.SECRET_KEY) return (master = Buffer.from(c.SECRET_KEY, 'utf8'));
  // Outside production only (config refuses to start production without SECRET_KEY).
  const dir = resolve(process.env.INIT_CWD ?? process.cwd(), c.DATA_DIR);
  const file = join(dir, '.secret-key');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  return (master = Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8'));
}

export type KeyPurpose = 'audit-chain' | 'totp' | 'sso-client-secret' | 'cookie' | 'pb-ballot';

const derived = new Map<KeyPurpose, Buffer>();

/** A 32-byte key for one purpose (HKDF-SHA-256 of the master secret), derived once. */
export function keyFor(purpose: KeyPurpose): Buffer {
  let key = derived.get(purpose);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', masterKey(), 'innovato-r', purpose, 32));
    derived.set(purpose, key);
  }
  return key;
}

export const hmacHex = (purpose: KeyPurpose, data: string) =>
  createHmac('sha256', keyFor(purpose)).update(data).digest('hex');

/** A plain SHA-256 digest, hex: for values random enough that no key or slow hash is needed. */
export const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

/** Encrypts a short secret for storage (AES-256-GCM): `v1.<iv>.<ciphertext+tag>`. */
export function seal(purpose: KeyPurpose, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(purpose), iv);
  const body = Buffer.concat([
    cipher.update(plaintext, 'utf8'),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return `v1.${iv.toString('base64url')}.${body.toString('base64url')}`;
}

export function unseal(purpose: KeyPurpose, sealed: string): string {
  const [version, iv, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !body) throw new Error('not a sealed value');
  const data = Buffer.from(body, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', keyFor(purpose), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([
    decipher.update(data.subarray(0, data.length - 16)),
    decipher.final(),
  ]).toString('utf8');
}

/** A value and its signature, for a cookie the client may hold but not change. */
export const signValue = (value: string) => `${value}.${hmacHex('cookie', value).slice(0, 32)}`;

export function verifySigned(signed: string | undefined): string | undefined {
  if (!signed) return undefined;
  const at = signed.lastIndexOf('.');
  if (at < 0) return undefined;
  const value = signed.slice(0, at);
  const expected = Buffer.from(signValue(value));
  const given = Buffer.from(signed);
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : undefined;
}
