import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Queryable } from './client.ts';

const dialect = new PgDialect();
const names = new Map<string, string>();

/** The statement's name on each connection: a hash of its text, so one text has one name. */
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `q_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs one statement and returns its rows. On a PostgreSQL pool (outside any transaction) it is
 * a named prepared statement: each connection parses and plans it once, then only executes it —
 * for a hot path such as the booth's, where parsing and planning cost as much as the work.
 * Anywhere else (PGlite, an open transaction) it runs as an ordinary statement.
 */
export async function queryPrepared<Row>(db: Queryable, query: SQL): Promise<Row[]> {
  const client = (db as { $client?: unknown }).$client;
  if (client instanceof pg.Pool) {
    const { sql: text, params } = dialect.sqlToQuery(query);
    const result = await client.query({ name: nameOf(text), text, values: params });
    return result.rows as Row[];
  }
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
