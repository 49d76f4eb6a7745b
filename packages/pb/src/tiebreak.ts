import type { Profile } from './profile.js';

export type TieCriterion = 'minCost' | 'maxCost' | 'maxVotes' | 'minVotes';

/**
 * How to choose among projects a rule cannot tell apart.
 * - `pabutools`: smallest project id compared as a string ("10" < "2"), like pabutools' lexico order.
 * - `equalshares`: lowest cost, then most votes, then the first in `lot` (a lot drawn in advance).
 * - `highest-id`: the higher id (numeric when both ids are integers), like CONSUL.
 * - `refuse`: throw a TieError naming the tied projects.
 * - `criteria`: the equalshares compute tool's list (e.g. maxVotes, minCost), then `lot`, then refuse.
 * - `lowest-id`: the lower id (numeric when both are integers): the order in which JavaScript
 *   lists integer-like object keys, which the equalshares compute tool's completion relies on.
 * - `file-order`: the project listed first in the file (pabulib's checker, a stable sort).
 */
export type TieBreaking =
  | { kind: 'pabutools' }
  | { kind: 'equalshares'; lot?: readonly string[] }
  | { kind: 'highest-id' }
  | { kind: 'refuse' }
  | { kind: 'lowest-id' }
  | { kind: 'file-order' }
  | { kind: 'criteria'; criteria: readonly TieCriterion[]; lot?: readonly string[] };

export const PABUTOOLS_TIES: TieBreaking = { kind: 'pabutools' };

/** A tie that the chosen tie-breaking could not (or was told not to) resolve. */
export class TieError extends Error {
  readonly projects: readonly string[];
  constructor(projects: readonly string[]) {
    super(`tie between projects ${projects.join(', ')} could not be resolved`);
    this.name = 'TieError';
    this.projects = projects;
  }
}

/** Compares strings by code point, as Python does. */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i) as number;
    const y = b.codePointAt(i) as number;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : 1;
}

function compareHighestId(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    if (x !== y) return x < y ? -1 : 1;
  }
  return compareIds(a, b);
}

/** Chooses one project index among `candidates` (non-empty). */
export function breakTie(
  profile: Profile,
  candidates: readonly number[],
  tie: TieBreaking,
): number {
  if (candidates.length === 1) return candidates[0] as number;
  const projects = profile.election.projects;
  const id = (i: number): string => (projects[i] as { id: string }).id;
  switch (tie.kind) {
    case 'pabutools':
      return candidates.reduce((a, b) => (compareIds(id(b), id(a)) < 0 ? b : a));
    case 'highest-id':
      return candidates.reduce((a, b) => (compareHighestId(id(b), id(a)) > 0 ? b : a));
    case 'lowest-id':
      return candidates.reduce((a, b) => (compareHighestId(id(b), id(a)) < 0 ? b : a));
    case 'file-order':
      return Math.min(...candidates);
    case 'refuse':
      throw new TieError(sortedIds(profile, candidates));
    case 'equalshares':
      return byCriteria(profile, candidates, ['minCost', 'maxVotes'], tie.lot);
    case 'criteria':
      return byCriteria(profile, candidates, tie.criteria, tie.lot);
  }
}

function byCriteria(
  profile: Profile,
  candidates: readonly number[],
  criteria: readonly TieCriterion[],
  lot: readonly string[] | undefined,
): number {
  const projects = profile.election.projects;
  let rest = [...candidates];
  for (const c of criteria) {
    if (rest.length === 1) break;
    if (c === 'minCost' || c === 'maxCost') {
      const sign = c === 'minCost' ? -1 : 1;
      let best = projects[rest[0] as number]!.cost;
      for (const i of rest) {
        const cost = projects[i]!.cost;
        if (cost.compare(best) * sign > 0) best = cost;
      }
      rest = rest.filter((i) => projects[i]!.cost.eq(best));
    } else {
      const votes = profile.approvals;
      const pick = c === 'maxVotes' ? Math.max : Math.min;
      const best = pick(...rest.map((i) => votes[i] as number));
      rest = rest.filter((i) => votes[i] === best);
    }
  }
  if (rest.length === 1) return rest[0] as number;
  if (lot) {
    for (const id of lot) {
      const hit = rest.find((i) => projects[i]!.id === id);
      if (hit !== undefined) return hit;
    }
  }
  throw new TieError(sortedIds(profile, rest));
}

function sortedIds(profile: Profile, idx: readonly number[]): string[] {
  return idx.map((i) => profile.election.projects[i]!.id).sort(compareIds);
}

/** Orders tied candidates by repeatedly breaking the tie (first = preferred). */
export function orderTied(
  profile: Profile,
  candidates: readonly number[],
  tie: TieBreaking,
): number[] {
  const rest = [...candidates];
  const out: number[] = [];
  while (rest.length > 0) {
    const pick = breakTie(profile, rest, tie);
    out.push(pick);
    rest.splice(rest.indexOf(pick), 1);
  }
  return out;
}
