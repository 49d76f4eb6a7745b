import { Rational } from './rational.js';
import {
  type Election,
  type Project,
  type Voter,
  type VoteType,
  VOTE_TYPES,
  WITHDRAWN_COST,
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
  line: number;
  fields: string[];
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
      if (raw.trim() !== '') rows.push({ line: startLine, fields: raw.split(';') });
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
  if (row.fields.length !== 1) {
    // "META;" style lines: one name followed by empty fields.
    if (row.fields.slice(1).some((f) => f.trim() !== '')) return null;
  }
  const name = (row.fields[0] as string).trim().toUpperCase();
  return SECTIONS.has(name) ? name : null;
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
  if (t === '' || t.toLowerCase() === 'none') return [];
  return t.split(',').map((s) => s.trim());
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
  const wantsPoints = voteType === 'cumulative' || voteType === 'scoring';
  const hasPointsColumn = voteColumns.includes('points');
  const votePosition = new Map(voteColumns.map((c, i) => [c, i]));
  const voters: Voter[] = [];
  const voterIds = new Set<string>();
  for (const row of voteSec.rows) {
    const fields = toRecord(voteColumns, row, 'VOTES', votePosition);
    const id = (fields.get('voter_id') as string).trim();
    if (voterIds.has(id)) throw new PbParseError(row.line, `voter ${id} appears twice`);
    voterIds.add(id);
    const ballot = splitList(fields.get('vote') as string);
    const seen = new Set<string>();
    for (const pid of ballot) {
      if (!projectIds.has(pid)) {
        throw new PbParseError(
          row.line,
          `voter ${id} votes for project "${pid}", which is not in PROJECTS`,
        );
      }
      if (seen.has(pid)) throw new PbParseError(row.line, `voter ${id} lists project ${pid} twice`);
      seen.add(pid);
    }
    if (voteType === 'choose-1' && ballot.length > 1) {
      throw new PbParseError(
        row.line,
        `voter ${id} chose ${ballot.length} projects in a choose-1 vote`,
      );
    }
    let points: Rational[] | null = null;
    if (wantsPoints) {
      if (!hasPointsColumn)
        throw new PbParseError(voteSec.header.line, `${voteType} votes need a points column`);
      const raw = splitList(fields.get('points') as string);
      if (raw.length !== ballot.length) {
        throw new PbParseError(
          row.line,
          `voter ${id} has ${ballot.length} projects but ${raw.length} points`,
        );
      }
      points = raw.map((p) => parseNumber(p, row.line, `a point of voter ${id}`));
    }
    voters.push({ id, projects: ballot, points, fields });
  }
  return { meta, budget, voteType, projects, voters, projectColumns, voteColumns };
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
    private readonly row: readonly string[],
  ) {}
  get size(): number {
    return this.columns.length;
  }
  get(key: string): string | undefined {
    const i = this.position.get(key);
    return i === undefined ? undefined : this.row[i];
  }
  has(key: string): boolean {
    return this.position.has(key);
  }
  *entries(): MapIterator<[string, string]> {
    for (let i = 0; i < this.columns.length; i++) yield [this.columns[i]!, this.row[i]!];
  }
  keys(): MapIterator<string> {
    return this.columns[Symbol.iterator]() as MapIterator<string>;
  }
  values(): MapIterator<string> {
    return this.row[Symbol.iterator]() as MapIterator<string>;
  }
  forEach(cb: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    for (let i = 0; i < this.columns.length; i++) cb(this.row[i]!, this.columns[i]!, this);
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
  return new RowFields(columns, position ?? new Map(columns.map((c, i) => [c, i])), row.fields);
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
