// A big city's rows for the page benchmark, added to the demo organisation in bulk: generated
// people (copies of the demo employee, same password, each a member) and proposals in the demo
// employee's internal call (copies of one of its proposals, spread over its categories, authors
// and dates). Rows are copied column by column from the demo's own, so the seed follows the
// schema as modules add columns, instead of restating it.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface BenchDb {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function openBenchDatabase(url: string, dataDir: string): Promise<BenchDb> {
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      query: async (sql, params) => (await client.query(sql, params)).rows,
      close: () => client.end(),
    };
  }
  const db = new PGlite(dataDir);
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    close: () => db.close(),
  };
}

const EMPLOYEE = 'cristina.sabau@primariaclujnapoca.ro';
/** "My proposals" of one busy author: the size that made an unpaginated page 539 KB. */
const BUSY_AUTHOR_PROPOSALS = 556;
const TITLES = [
  'Parcare inteligentă în cartiere',
  'Digitalizarea arhivei de urbanism',
  'Formulare online pentru autorizații',
  'Iluminat public cu senzori',
  'Programări la ghișeu prin SMS',
  'Reducerea hârtiei în registratură',
];

/** `insert … select` copying the row `where` picks, `count` times, with some columns replaced. */
async function copyRows(
  db: BenchDb,
  table: string,
  where: string,
  params: unknown[],
  count: number,
  replace: Record<string, string>,
) {
  const columns = (
    await db.query<{ column_name: string }>(
      `select column_name from information_schema.columns
       where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER'
       order by ordinal_position`,
      [table],
    )
  ).map((c) => c.column_name);
  const values = columns.map((c) => replace[c] ?? `t.${c}`);
  await db.query(
    `insert into ${table} (${columns.join(', ')})
     select ${values.join(', ')} from ${table} t, generate_series(1, ${count}) g where ${where}`,
    params,
  );
}

const personId = (g: string) => `md5('bench-person-' || ${g})::uuid`;

export async function bulkSeed(db: BenchDb, users: number, proposals: number) {
  const [employee] = await db.query<{ id: string; organisation_id: string }>(
    `select u.id, m.organisation_id from users u join memberships m on m.user_id = u.id
     where lower(u.email) = $1 limit 1`,
    [EMPLOYEE],
  );
  if (!employee) throw new Error('the demo employee is missing: was the demo seeded?');
  const [template] = await db.query<{ id: string; call_id: string }>(
    `select id, call_id from proposals where author_id = $1 and state = 'submitted'
     order by submitted_at limit 1`,
    [employee.id],
  );
  if (!template) throw new Error('the demo employee has no submitted proposal to copy');

  await copyRows(db, 'users', 't.id = $1', [employee.id], users, {
    id: personId('g'),
    email: `'bench-' || g || '@example.org'`,
    name: `'Persoana ' || g`,
  });
  await copyRows(
    db,
    'memberships',
    't.user_id = $1 and t.organisation_id = $2',
    [employee.id, employee.organisation_id],
    users,
    { id: 'gen_random_uuid()', user_id: personId('g') },
  );
  // The first author writes BUSY_AUTHOR_PROPOSALS of them; the rest one each, round the people.
  const author = `case when g <= ${BUSY_AUTHOR_PROPOSALS} then ${personId('1')}
    else ${personId(`(1 + g % ${users})`)} end`;
  await copyRows(db, 'proposals', 't.id = $1', [template.id], proposals, {
    id: 'gen_random_uuid()',
    client_token: 'gen_random_uuid()',
    author_id: author,
    title: `(array[${TITLES.map((t) => `'${t}'`).join(', ')}])[1 + g % ${TITLES.length}] || ' (' || g || ')'`,
    category_id: `(select array_agg(c.id order by c.position) from call_categories c
      where c.call_id = t.call_id)[1 + g % (select count(*) from call_categories c
      where c.call_id = t.call_id)::int]`,
    submitted_at: `now() - g * interval '3 minutes'`,
    created_at: `now() - g * interval '3 minutes' - interval '1 day'`,
    updated_at: `now() - g * interval '3 minutes'`,
  });
  // What autovacuum does on PostgreSQL after a bulk insert: without the visibility map the
  // planner reads the whole table instead of the list's index (on PGlite, which runs no
  // autovacuum, a VACUUM is the operator's: docs/performance.md).
  await db.query('vacuum analyze');
  const [listed] = await db.query<{ n: number }>(
    `select count(*)::int as n from proposals where call_id = $1 and state = 'submitted'`,
    [template.call_id],
  );
  // The participatory budget's pages: this year's booth and last year's published results.
  const [pb] = await db.query<{ voting: string; results: string }>(
    `select (select id from pb_processes where organisation_id = $1 and state = 'voting'
               order by created_at limit 1) as voting,
            (select id from pb_processes where organisation_id = $1 and state = 'implementation'
               order by created_at limit 1) as results`,
    [employee.organisation_id],
  );
  if (!pb?.voting || !pb.results) throw new Error('the demo has no participatory budget to load');
  return {
    pbVotingId: pb.voting,
    pbResultsId: pb.results,
    callId: template.call_id,
    proposalId: template.id,
    users,
    proposals,
    listed: listed!.n,
    busyAuthorEmail: 'bench-1@example.org',
  };
}
