import { createHash, createHmac } from 'node:crypto';
import { keyFor } from '../secrets.ts';

/** JSON with keys sorted at every level: the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  seq: number;
  organisationId: string | null;
  actorId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  createdAt: Date;
}

/**
 * The entry's hash over exactly its fields and the previous hash: keyed (HMAC-SHA-256 with the
 * audit key derived from SECRET_KEY) for every entry since decision 016, plain SHA-256 for the
 * entries written before.
 */
export function entryHash(prevHash: string, e: HashedFields, keyed = true): string {
  // Exactly these fields, whatever else the row object carries.
  const body = canonicalJson({
    seq: e.seq,
    organisationId: e.organisationId,
    actorId: e.actorId,
    action: e.action,
    resourceType: e.resourceType,
    resourceId: e.resourceId,
    before: e.before,
    after: e.after,
    requestId: e.requestId,
    createdAt: e.createdAt.toISOString(),
  });
  const digest = keyed ? createHmac('sha256', keyFor('audit-chain')) : createHash('sha256');
  return digest.update(prevHash).update('\n').update(body).digest('hex');
}
