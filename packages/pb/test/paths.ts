import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePb, type Election } from '../src/index.js';

/** The shared, read-only PB data (../../../shared/pb-data from this folder). */
export const DATA = fileURLToPath(new URL('../../../../shared/pb-data/', import.meta.url));

if (!existsSync(DATA)) {
  throw new Error(`The PB test data is missing: expected it at ${DATA} (see the data README).`);
}

const cache = new Map<string, Election>();

/** Parses a file of the shared data, e.g. `official/Poland_Swiecie_2023.pb`. */
export function load(rel: string): Election {
  let e = cache.get(rel);
  if (!e) {
    e = parsePb(readFileSync(DATA + rel, 'utf8'));
    cache.set(rel, e);
  }
  return e;
}

export function readJson<T>(rel: string): T {
  return JSON.parse(readFileSync(DATA + rel, 'utf8')) as T;
}
