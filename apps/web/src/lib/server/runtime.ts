import type { Database } from './db/client.ts';

/**
 * The process's database handle, opened once at start (hooks `init`). Nothing else is kept in
 * process memory that a second app process would need.
 */
let current: Database | undefined;

export function setDatabase(database: Database | undefined) {
  current = database;
}

export function database(): Database {
  if (!current) throw new Error('The database is not open yet.');
  return current;
}
