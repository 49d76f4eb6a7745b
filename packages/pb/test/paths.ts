import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePb, type Election } from '../src/index.js';

/** The PB test data, carried by the repository (see test/data/README.md for its sources). */
export const DATA = fileURLToPath(new URL('./data/', import.meta.url));

if (!existsSync(DATA + 'official')) {
  throw new Error(`The PB test data is missing: expected it at ${DATA} (see its README).`);
}

const cache = new Map<string, Election>();

/** Parses a file of the test data, e.g. `official/Poland_Swiecie_2023.pb`. */
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

/**
 * Timeout for tests that parse a large file, run MES with add1 or start a process. Alone they take
 * 0.3–1.5 s; on a 2-core machine shared by several test runs they have taken over vitest's 5 s
 * default, so they get room enough that only a real hang fails them.
 */
export const HEAVY = { timeout: 60_000 };
