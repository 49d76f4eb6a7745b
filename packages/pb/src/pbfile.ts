import { Rational } from './rational.js';
import { BallotsBuilder, type Ballots } from './ballots.js';
import {
  type Election,
  type Project,
  type Voter,
  type VoteType,
  compactElection,
  VOTE_TYPES,
  WITHDRAWN_COST,
  ballotOf,
} from './election.js';

/** A malformed `.pb` file: `line` is 1-based (0 when the problem is the file as a whole). */
export class PbParseError extends Error {
  readonly line: number;
  readonly reason: string;
  constructor(line: number, reason: string) {
    super(line > 0 ? `line ${line}: ${reason}` : reason);
    this.name = 'PbParseError';
    this.line = line;
    this.reason = reason;
  }
}

interface Row {
  readonly line: number;
  readonly fields: string[];
  /** The line itself when it has no quotes (then `fields` is `raw.split(';')`). */
  readonly raw?: string;
}

/**
 * A line without quotes, split into fields only when asked: the VOTES reader scans `raw`
 * directly, which spares five strings and an array per ballot.
 */
class LineRow implements Row {
  private split: string[] | null = null;
  constructor(
    readonly line: number,
    readonly raw: string,
  ) {}
  get fields(): string[] {
    return (this.split ??= this.raw.split(';'));
  }
}

/**
 * Splits the text into `;`-separated records with CSV quoting ("a;b" is one field, "" is a
 * quote, quoted fields may span lines). Blank lines are dropped.
 */
function tokenize(text: string): Row[] {
  const rows: Row[] = [];
  const len = text.length;
  let pos = 0;
  let line = 1;
  while (pos < len) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = len;
    const startLine = line;
    let raw = text.slice(pos, eol);
    if (raw.indexOf('"') === -1) {
      if (raw.endsWith('\r')) raw = raw.slice(0, -1);
      pos = eol + 1;
      line++;
      if (raw.trim() !== '') rows.push(new LineRow(startLine, raw));
      continue;
    }
    // Slow path: a record with quotes, possibly spanning several lines.
    const fields: string[] = [];
    let field = '';
    let inQuotes = false;
    let i = pos;
    for (;;) {
      if (i >= len) {
        if (inQuotes) throw new PbParseError(startLine, 'a quoted field is never closed');
        break;
      }
      const ch = text[i] as string;
      if (inQuotes) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          inQuotes = false;
          i++;
          continue;
        }
        if (ch === '\n') line++;
        field += ch;
        i++;
        continue;
      }
      if (ch === '\n') break;
      if (ch === '"' && field === '') {
        inQuotes = true;
        i++;
        continue;
      }
      if (ch === ';') {
        fields.push(field);
        field = '';
        i++;
        continue;
      }
      if (ch === '\r' && (i + 1 >= len || text[i + 1] === '\n')) {
        i++;
        continue;
      }
      field += ch;
      i++;
    }
    fields.push(field);
    pos = i + 1;
    line++;
    if (!(fields.length === 1 && (fields[0] as string).trim() === '')) {
      rows.push({ line: startLine, fields });
    }
  }
  return rows;
}

const SECTIONS = new Set(['META', 'PROJECTS', 'VOTES']);

function sectionName(row: Row): string | null {
  const raw = row.raw;
  let first: string;
  if (raw !== undefined) {
    const semi = raw.indexOf(';');
    first = semi === -1 ? raw : raw.slice(0, semi);
  } else first = row.fields[0]!;
  const name = first.trim().toUpperCase();
  if (!SECTIONS.has(name)) return null;
  // "META;" style lines: one name followed by empty fields.
  const fields = row.fields;
  for (let i = 1; i < fields.length; i++) if (fields[i]!.trim() !== '') return null;
  return name;
}

function parseNumber(text: string, line: number, what: string): Rational {
  try {
    return Rational.fromDecimalString(text);
  } catch {
    throw new PbParseError(line, `${what} is not a number: "${text}"`);
  }
}

function splitList(text: string): string[] {
  const t = text.trim();
  if (t === '' || (t.length === 4 && t.toLowerCase() === 'none')) return [];
  const parts = t.split(',');
  for (let i = 0; i < parts.length; i++) parts[i] = parts[i]!.trim();
  return parts;
}

/** Reads a pabulib `.pb` file. Throws PbParseError (with the line) on any malformed input. */
export function parsePb(text: string): Election {
  if (typeof text !== 'string') throw new PbParseError(0, 'input is not text');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = tokenize(text);
  const sections = new Map<string, { line: number; header: Row | null; rows: Row[] }>();
  let current: { line: number; header: Row | null; rows: Row[] } | null = null;
  for (const row of rows) {
    const name = sectionName(row);
    if (name !== null) {
      if (sections.has(name)) throw new PbParseError(row.line, `second ${name} section`);
      current = { line: row.line, header: null, rows: [] };
      sections.set(name, current);
      continue;
    }
    if (current === null) {
      throw new PbParseError(row.line, 'expected a section name (META, PROJECTS or VOTES)');
    }
    if (current.header === null) current.header = row;
    else current.rows.push(row);
  }
  for (const name of SECTIONS) {
    if (!sections.has(name)) throw new PbParseError(0, `the file has no ${name} section`);
  }
  const metaSec = sections.get('META')!;
  const projSec = sections.get('PROJECTS')!;
  const voteSec = sections.get('VOTES')!;

  // META
  const meta = new Map<string, string>();
  for (const row of metaSec.rows) {
    const key = (row.fields[0] as string).trim();
    if (row.fields.length < 2) throw new PbParseError(row.line, `META entry "${key}" has no value`);
    if (key === '') throw new PbParseError(row.line, 'META entry without a key');
    if (meta.has(key)) throw new PbParseError(row.line, `META key "${key}" appears twice`);
    meta.set(key, row.fields.slice(1).join(';').trim());
  }
  if (metaSec.header) {
    const h = metaSec.header.fields.map((f) => f.trim());
    if (h[0] !== 'key') {
      // A META section without the "key;value" header: treat the first row as data.
      const key = (h[0] as string).trim();
      if (h.length < 2)
        throw new PbParseError(metaSec.header.line, 'META must start with "key;value"');
      if (!meta.has(key)) {
        const entries: [string, string][] = [
          [key, metaSec.header.fields.slice(1).join(';').trim()],
          ...meta,
        ];
        meta.clear();
        for (const [k, v] of entries) meta.set(k, v);
      }
    }
  }
  const budgetText = meta.get('budget');
  if (budgetText === undefined || budgetText === '') {
    throw new PbParseError(metaSec.line, 'META has no budget');
  }
  const budgetLine =
    metaSec.rows.find((r) => (r.fields[0] as string).trim() === 'budget')?.line ?? metaSec.line;
  const budget = parseNumber(budgetText, budgetLine, 'budget');
  if (budget.sign() < 0) throw new PbParseError(budgetLine, 'the budget is negative');
  const vtText = (meta.get('vote_type') ?? 'approval').trim().toLowerCase();
  if (!(VOTE_TYPES as readonly string[]).includes(vtText)) {
    const line =
      metaSec.rows.find((r) => (r.fields[0] as string).trim() === 'vote_type')?.line ?? 0;
    throw new PbParseError(
      line,
      `unknown vote_type "${vtText}" (expected ${VOTE_TYPES.join(', ')})`,
    );
  }
  const voteType = vtText as VoteType;

  // PROJECTS
  if (!projSec.header) throw new PbParseError(projSec.line, 'PROJECTS has no header line');
  const projectColumns = projSec.header.fields.map((f) => f.trim());
  checkColumns(projectColumns, projSec.header.line, ['project_id', 'cost'], 'PROJECTS');
  const projects: Project[] = [];
  const projectIds = new Set<string>();
  for (const row of projSec.rows) {
    const fields = toRecord(projectColumns, row, 'PROJECTS');
    const id = (fields.get('project_id') as string).trim();
    if (id === '') throw new PbParseError(row.line, 'a project has an empty project_id');
    if (projectIds.has(id)) throw new PbParseError(row.line, `project ${id} is listed twice`);
    projectIds.add(id);
    const cost = parseNumber(
      (fields.get('cost') as string).trim(),
      row.line,
      `the cost of project ${id}`,
    );
    if (cost.sign() < 0) throw new PbParseError(row.line, `project ${id} has a negative cost`);
    const cat = fields.get('category');
    projects.push({
      id,
      cost,
      withdrawn: cost.eq(WITHDRAWN_COST),
      name: fields.get('name') ?? id,
      categories: cat === undefined ? [] : splitList(cat),
      fields,
    });
  }

  // VOTES
  if (!voteSec.header) throw new PbParseError(voteSec.line, 'VOTES has no header line');
  const voteColumns = voteSec.header.fields.map((f) => f.trim());
  checkColumns(voteColumns, voteSec.header.line, ['voter_id', 'vote'], 'VOTES');
  const { ballots, voterOf } = readVotes(
    voteSec.rows,
    voteColumns,
    voteSec.header.line,
    voteType,
    projects,
  );
  return compactElection(
    { meta, budget, voteType, projects, ballots, projectColumns, voteColumns },
    voterOf,
  );
}

/**
 * The VOTES rows: the bulk of a file (Łódź 2022: 90 494 rows), so the common case avoids
 * per-row allocations: a line without quotes is scanned in place (no split), project ids are
 * found from the text's characters (no substring per ballot item), and a project listed twice
 * is caught with a stamp per project instead of a Set per voter. Ballots go into flat arrays
 * (decision 110); each row's text is kept for the `Voter` objects made on demand. Anything
 * unusual (spaces, `none`, an unknown id…) goes through the general path, which also words
 * the errors.
 */
function readVotes(
  rows: readonly Row[],
  columns: string[],
  headerLine: number,
  voteType: VoteType,
  projects: readonly Project[],
): { ballots: Ballots; voterOf: (v: number) => Voter } {
  const wantsPoints = voteType === 'cumulative' || voteType === 'scoring';
  const position = new Map(columns.map((c, i) => [c, i]));
  const idCol = position.get('voter_id')!;
  const voteCol = position.get('vote')!;
  const pointsCol = position.get('points');
  const ids = new IdTable(projects.map((p) => p.id));
  // lastSeen[p] = the stamp of the last ballot read that listed p (2r+1 fast path, 2r+2 general)
  const lastSeen = new Int32Array(projects.length);
  const bounds = new Int32Array(columns.length + 1);
  const out = new BallotsBuilder(wantsPoints);
  const chosen: number[] = [];
  // a row's text (a line without quotes) or its fields (a quoted line)
  const kept: (string | string[])[] = new Array<string | string[]>(rows.length);
  const voterIds = new Set<string>();
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const raw = row.raw;
    let fieldCount: number;
    let id: string;
    let fast = false;
    chosen.length = 0;
    if (raw !== undefined) {
      fieldCount = fieldBounds(raw, bounds);
      if (fieldCount === columns.length) {
        const a = bounds[voteCol]!;
        const b = bounds[voteCol + 1]! - 1;
        fast = scanBallot(raw, a, b, ids, lastSeen, 2 * r + 1, chosen);
      }
    } else fieldCount = row.fields.length;
    if (fieldCount !== columns.length) {
      throw new PbParseError(
        row.line,
        `VOTES row has ${fieldCount} fields but the header has ${columns.length}`,
      );
    }
    if (raw !== undefined) id = raw.slice(bounds[idCol], bounds[idCol + 1]! - 1).trim();
    else id = row.fields[idCol]!.trim();
    if (voterIds.has(id)) throw new PbParseError(row.line, `voter ${id} appears twice`);
    voterIds.add(id);
    if (!fast) {
      chosen.length = 0;
      readBallot(row, voteCol, id, ids, lastSeen, 2 * r + 2, chosen);
    }
    if (voteType === 'choose-1' && chosen.length > 1) {
      throw new PbParseError(
        row.line,
        `voter ${id} chose ${chosen.length} projects in a choose-1 vote`,
      );
    }
    let points: Rational[] | null = null;
    if (wantsPoints) {
      if (pointsCol === undefined)
        throw new PbParseError(headerLine, `${voteType} votes need a points column`);
      const rawPoints = splitList(row.fields[pointsCol]!);
      if (rawPoints.length !== chosen.length) {
        throw new PbParseError(
          row.line,
          `voter ${id} has ${chosen.length} projects but ${rawPoints.length} points`,
        );
      }
      points = rawPoints.map((p) => parseNumber(p, row.line, `a point of voter ${id}`));
    }
    for (let k = 0; k < chosen.length; k++) out.add(chosen[k]!, points?.[k]);
    out.end();
    kept[r] = raw ?? row.fields;
  }
  const ballots = out.finish();
  return {
    ballots,
    voterOf: (v) => {
      const text = kept[v]!;
      const row: Row = typeof text === 'string' ? new LineRow(0, text) : { line: 0, fields: text };
      const ballot = ballotOf(ballots, projects, v);
      return {
        id: row.fields[idCol]!.trim(),
        projects: ballot.ids,
        points: ballot.points,
        fields: new RowFields(columns, position, row),
      };
    },
  };
}

/**
 * Start offsets of the `;`-separated fields of `raw` in bounds[0..], with bounds[k+1] − 1 the
 * end of field k (as far as bounds has room); returns the number of fields.
 */
function fieldBounds(raw: string, bounds: Int32Array): number {
  bounds[0] = 0;
  let count = 1;
  for (let i = raw.indexOf(';'); i !== -1; i = raw.indexOf(';', i + 1)) {
    if (count < bounds.length) bounds[count] = i + 1;
    count++;
  }
  if (count < bounds.length) bounds[count] = raw.length + 1;
  return count;
}

/**
 * Reads the ballot in raw[a..b) into `chosen` when it is a plain comma-separated list of known,
 * distinct project ids; false otherwise, for readBallot to decide.
 */
function scanBallot(
  raw: string,
  a: number,
  b: number,
  ids: IdTable,
  lastSeen: Int32Array,
  stamp: number,
  chosen: number[],
): boolean {
  if (a >= b) return false;
  for (let s = a; ;) {
    let e = raw.indexOf(',', s);
    if (e === -1 || e > b) e = b;
    const p = ids.find(raw, s, e);
    if (p < 0 || lastSeen[p] === stamp) return false;
    lastSeen[p] = stamp;
    chosen.push(p);
    if (e === b) break;
    s = e + 1;
  }
  // A project called "none" alone on a ballot is the empty ballot, as splitList reads it.
  return !(chosen.length === 1 && b - a === 4 && raw.slice(a, b).toLowerCase() === 'none');
}

/** The general path: trims, `none`, and the errors for unknown or repeated projects. */
function readBallot(
  row: Row,
  voteCol: number,
  id: string,
  ids: IdTable,
  lastSeen: Int32Array,
  stamp: number,
  chosen: number[],
): void {
  for (const pid of splitList(row.fields[voteCol]!)) {
    const p = ids.find(pid, 0, pid.length);
    if (p < 0) {
      throw new PbParseError(
        row.line,
        `voter ${id} votes for project "${pid}", which is not in PROJECTS`,
      );
    }
    if (lastSeen[p] === stamp) {
      throw new PbParseError(row.line, `voter ${id} lists project ${pid} twice`);
    }
    lastSeen[p] = stamp;
    chosen.push(p);
  }
}

/** Project ids found from a slice of text by their characters: no substring is made. */
class IdTable {
  private readonly slots: Int32Array; // project index + 1; 0 = empty
  private readonly mask: number;
  constructor(private readonly ids: readonly string[]) {
    let size = 16;
    while (size < ids.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    ids.forEach((id, i) => {
      let h = hashChars(id, 0, id.length) & this.mask;
      while (this.slots[h] !== 0) h = (h + 1) & this.mask;
      this.slots[h] = i + 1;
    });
  }

  /** The index of the id equal to text[a..b), or −1. */
  find(text: string, a: number, b: number): number {
    const n = b - a;
    for (let h = hashChars(text, a, b) & this.mask; ; h = (h + 1) & this.mask) {
      const slot = this.slots[h]!;
      if (slot === 0) return -1;
      const id = this.ids[slot - 1]!;
      if (id.length !== n) continue;
      let k = 0;
      while (k < n && id.charCodeAt(k) === text.charCodeAt(a + k)) k++;
      if (k === n) return slot - 1;
    }
  }
}

/** FNV-1a over UTF-16 code units. */
function hashChars(text: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function checkColumns(cols: string[], line: number, required: string[], section: string): void {
  const seen = new Set<string>();
  for (const c of cols) {
    if (seen.has(c)) throw new PbParseError(line, `${section} column "${c}" appears twice`);
    seen.add(c);
  }
  for (const r of required) {
    if (!seen.has(r)) throw new PbParseError(line, `${section} has no ${r} column`);
  }
}

/** A row's fields, read through the section's shared column index (no Map per row). */
class RowFields implements ReadonlyMap<string, string> {
  constructor(
    private readonly columns: readonly string[],
    private readonly position: ReadonlyMap<string, number>,
    private readonly row: Row,
  ) {}
  get size(): number {
    return this.columns.length;
  }
  get(key: string): string | undefined {
    const i = this.position.get(key);
    return i === undefined ? undefined : this.row.fields[i];
  }
  has(key: string): boolean {
    return this.position.has(key);
  }
  *entries(): MapIterator<[string, string]> {
    for (let i = 0; i < this.columns.length; i++) yield [this.columns[i]!, this.row.fields[i]!];
  }
  keys(): MapIterator<string> {
    return this.columns[Symbol.iterator]() as MapIterator<string>;
  }
  values(): MapIterator<string> {
    return this.row.fields[Symbol.iterator]() as MapIterator<string>;
  }
  forEach(cb: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    for (let i = 0; i < this.columns.length; i++) cb(this.row.fields[i]!, this.columns[i]!, this);
  }
  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }
}

function toRecord(
  columns: string[],
  row: Row,
  section: string,
  position?: Map<string, number>,
): ReadonlyMap<string, string> {
  if (row.fields.length !== columns.length) {
    throw new PbParseError(
      row.line,
      `${section} row has ${row.fields.length} fields but the header has ${columns.length}`,
    );
  }
  return new RowFields(columns, position ?? new Map(columns.map((c, i) => [c, i])), row);
}

function quote(field: string): string {
  return /[;"\n\r]/.test(field) || field !== field.trim()
    ? `"${field.replace(/"/g, '""')}"`
    : field;
}

function formatNumber(x: Rational): string {
  return x.isInteger() ? x.toString() : x.toDecimalString(30);
}

/**
 * Writes an election in the `.pb` format. The typed values (ids, costs, ballots, points,
 * budget) are written from the election itself; other columns from `fields`.
 */
export function writePb(election: Election): string {
  const out: string[] = ['META', 'key;value'];
  const meta = new Map(election.meta);
  const writtenBudget = meta.get('budget');
  if (writtenBudget === undefined || !safeEqual(writtenBudget, election.budget)) {
    meta.set('budget', formatNumber(election.budget));
  }
  meta.set('vote_type', meta.get('vote_type') ?? election.voteType);
  for (const [k, v] of meta) out.push(`${quote(k)};${quote(v)}`);
  out.push('PROJECTS', election.projectColumns.map(quote).join(';'));
  for (const p of election.projects) {
    const row = election.projectColumns.map((c) => {
      if (c === 'project_id') return p.id;
      if (c === 'cost') {
        const written = p.fields.get('cost');
        return written !== undefined && safeEqual(written, p.cost)
          ? written.trim()
          : formatNumber(p.cost);
      }
      return p.fields.get(c) ?? '';
    });
    out.push(row.map(quote).join(';'));
  }
  out.push('VOTES', election.voteColumns.map(quote).join(';'));
  for (const v of election.voters) {
    const row = election.voteColumns.map((c) => {
      if (c === 'voter_id') return v.id;
      if (c === 'vote') return v.projects.join(',');
      if (c === 'points')
        return v.points ? v.points.map(formatNumber).join(',') : (v.fields.get(c) ?? '');
      return v.fields.get(c) ?? '';
    });
    out.push(row.map(quote).join(';'));
  }
  return out.join('\n') + '\n';
}

function safeEqual(text: string, x: Rational): boolean {
  try {
    return Rational.fromDecimalString(text).eq(x);
  } catch {
    return false;
  }
}
