import { Rational } from './rational.js';
import { BallotsBuilder, type Ballots } from './ballots.js';

/** Ballot formats of the pabulib `.pb` format. `knapsack` ballots are read like approval ballots. */
export type VoteType = 'approval' | 'ordinal' | 'cumulative' | 'scoring' | 'choose-1' | 'knapsack';

export const VOTE_TYPES: readonly VoteType[] = [
  'approval',
  'ordinal',
  'cumulative',
  'scoring',
  'choose-1',
  'knapsack',
];

/** pabulib marks a project withdrawn after the vote by giving it this cost. */
export const WITHDRAWN_COST = Rational.int(999_999_999);

export interface Project {
  /** `project_id`, compared as a string everywhere (never as a number). */
  readonly id: string;
  readonly cost: Rational;
  /** True when the cost is pabulib's withdrawn-project sentinel (999 999 999). */
  readonly withdrawn: boolean;
  /** `name` column, or the id. */
  readonly name: string;
  /** `category` column split on commas (empty when absent). */
  readonly categories: readonly string[];
  /** Every column of the PROJECTS row as written (including project_id and cost). */
  readonly fields: ReadonlyMap<string, string>;
}

export interface Voter {
  readonly id: string;
  /** Project ids in ballot order (ranking for ordinal ballots). Empty for an empty ballot. */
  readonly projects: readonly string[];
  /** Points per project (cumulative and scoring ballots), parallel to `projects`; else null. */
  readonly points: readonly Rational[] | null;
  /** Every column of the VOTES row as written. */
  readonly fields: ReadonlyMap<string, string>;
}

export interface Election {
  /** META key → value, in file order. */
  readonly meta: ReadonlyMap<string, string>;
  readonly budget: Rational;
  readonly voteType: VoteType;
  readonly projects: readonly Project[];
  /** The ballots, compact: what counting reads (decision 110). */
  readonly ballots: Ballots;
  /**
   * One object per voter, made on first read (writing, checking, exports) and then kept;
   * counting never asks for them.
   */
  readonly voters: readonly Voter[];
  /** Column order of the PROJECTS and VOTES sections (kept so that writing is faithful). */
  readonly projectColumns: readonly string[];
  readonly voteColumns: readonly string[];
}

export interface ProjectInput {
  id: string;
  cost: Rational | bigint | number | string;
  name?: string;
  categories?: string[];
  fields?: Record<string, string>;
}

export interface VoterInput {
  id?: string;
  projects: string[];
  points?: (Rational | bigint | number | string)[];
  fields?: Record<string, string>;
}

/**
 * Builds an election in code (tests, the web app). Validates like the reader: known project ids,
 * no project twice in a ballot, points only for cumulative/scoring ballots.
 */
export function createElection(input: {
  budget: Rational | bigint | number | string;
  voteType?: VoteType;
  projects: ProjectInput[];
  voters: VoterInput[];
  meta?: Record<string, string>;
}): Election {
  const voteType = input.voteType ?? 'approval';
  const budget = Rational.from(input.budget);
  const ids = new Set<string>();
  const projects: Project[] = input.projects.map((p) => {
    if (ids.has(p.id)) throw new Error(`project ${p.id} is listed twice`);
    ids.add(p.id);
    const cost = Rational.from(p.cost);
    const categories = p.categories ?? [];
    const fields = new Map<string, string>([
      ['project_id', p.id],
      ['cost', cost.toDecimalString()],
    ]);
    if (p.name !== undefined) fields.set('name', p.name);
    if (categories.length > 0) fields.set('category', categories.join(','));
    for (const [k, v] of Object.entries(p.fields ?? {})) fields.set(k, v);
    return {
      id: p.id,
      cost,
      withdrawn: cost.eq(WITHDRAWN_COST),
      name: p.name ?? p.id,
      categories,
      fields,
    };
  });
  const hasPoints = voteType === 'cumulative' || voteType === 'scoring';
  const index = new Map(projects.map((p, i) => [p.id, i]));
  const ballots = new BallotsBuilder(hasPoints);
  const voterIds: string[] = [];
  // Columns beyond voter_id, vote and points, kept only for the voters that have them.
  const extra: (Record<string, string> | undefined)[] = [];
  input.voters.forEach((v, i) => {
    const id = v.id ?? String(i + 1);
    const seen = new Set<string>();
    for (const pid of v.projects) {
      if (!ids.has(pid)) throw new Error(`voter ${id} votes for unknown project ${pid}`);
      if (seen.has(pid)) throw new Error(`voter ${id} lists project ${pid} twice`);
      seen.add(pid);
    }
    let points: Rational[] | null = null;
    if (hasPoints) {
      const raw = v.points ?? v.projects.map(() => Rational.ONE);
      if (raw.length !== v.projects.length) {
        throw new Error(`voter ${id}: ${v.projects.length} projects but ${raw.length} points`);
      }
      points = raw.map((x) => Rational.from(x));
    } else if (v.points !== undefined) {
      throw new Error(`voter ${id}: points are only for cumulative or scoring ballots`);
    }
    v.projects.forEach((pid, k) => ballots.add(index.get(pid)!, points?.[k]));
    ballots.end();
    voterIds.push(id);
    if (v.fields !== undefined && Object.keys(v.fields).length > 0) extra[i] = { ...v.fields };
  });
  const meta = new Map<string, string>([
    ['description', 'election'],
    ['num_projects', String(projects.length)],
    ['num_votes', String(voterIds.length)],
    ['budget', budget.toDecimalString()],
    ['vote_type', voteType],
    ['rule', 'unknown'],
  ]);
  for (const [k, v] of Object.entries(input.meta ?? {})) meta.set(k, v);
  const projectColumns = unionColumns(
    ['project_id', 'cost'],
    projects.map((p) => p.fields.keys()),
  );
  const voteColumns = unionColumns(
    hasPoints ? ['voter_id', 'vote', 'points'] : ['voter_id', 'vote'],
    extra.map((f) => Object.keys(f ?? {})),
  );
  const stored = ballots.finish();
  return compactElection(
    { meta, budget, voteType, projects, ballots: stored, projectColumns, voteColumns },
    (v) => {
      const id = voterIds[v]!;
      const { ids: chosen, points } = ballotOf(stored, projects, v);
      const fields = new Map<string, string>([
        ['voter_id', id],
        ['vote', chosen.join(',')],
      ]);
      if (points) fields.set('points', points.map((x) => x.toDecimalString()).join(','));
      for (const [k, val] of Object.entries(extra[v] ?? {})) fields.set(k, val);
      return { id, projects: chosen, points, fields };
    },
  );
}

/** Voter v's ballot as project ids (and points), from the compact ballots. */
export function ballotOf(
  ballots: Ballots,
  projects: readonly Project[],
  v: number,
): { ids: string[]; points: Rational[] | null } {
  const a = ballots.start[v]!;
  const b = ballots.start[v + 1]!;
  const ids = new Array<string>(b - a);
  for (let t = a; t < b; t++) ids[t - a] = projects[ballots.items[t]!]!.id;
  return { ids, points: ballots.points ? ballots.points.slice(a, b) : null };
}

/**
 * An election that keeps its voters as `Ballots` (decision 110) and makes `Voter` objects only
 * when `voters` is first read.
 */
export function compactElection(
  parts: Omit<Election, 'voters'>,
  voterOf: (v: number) => Voter,
): Election {
  let made: readonly Voter[] | null = null;
  return {
    ...parts,
    get voters(): readonly Voter[] {
      return (made ??= Array.from({ length: parts.ballots.count }, (_, v) => voterOf(v)));
    },
  };
}

function unionColumns(first: string[], rows: Iterable<string>[]): string[] {
  const cols = [...first];
  for (const r of rows) for (const k of r) if (!cols.includes(k)) cols.push(k);
  return cols;
}

/** Looks a project up by id. */
export function projectById(election: Election): Map<string, Project> {
  return new Map(election.projects.map((p) => [p.id, p]));
}
