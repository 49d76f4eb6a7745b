import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../db/client.ts';
import { createTestDatabase } from './postgres-server.ts';
import { bundledMigrations, migrate } from '../db/migrate.ts';

/**
 * A fresh, migrated database for one test file.
 *
 * PGlite (the `domain-pglite` project): one embedded database per test worker, booted and
 * migrated once (starting PGlite costs seconds, most of it compiling its WebAssembly); each
 * test file gets it emptied — every table truncated, migrations kept — so files see only their
 * own rows. The worker runs its files one after another (vite.config.ts: isolate off), so they
 * never share it at the same time.
 *
 * PostgreSQL (the `domain-postgres` project): a new database on the TEST_DATABASE_URL server,
 * cloned from the project's migrated template, dropped again by close().
 */
export async function openTestDatabase(): Promise<Database> {
  if (process.env.TEST_DB === 'postgres') return openPostgres();
  const database = await workerPglite();
  await emptyAllTables(database);
  // The worker's database outlives the file: closing it is the worker's exit.
  return { ...database, close: async () => {} };
}

let shared: Promise<Database> | undefined;

function workerPglite(): Promise<Database> {
  shared ??= (async () => {
    const database = await openDatabase({ kind: 'pglite' });
    await migrate(database.db, bundledMigrations());
    return database;
  })();
  return shared;
}

/**
 * Every table but the migrations' record, emptied at once. The audit log refuses TRUNCATE (its
 * trigger is held off for this one statement: only the tests' reset does this).
 */
async function emptyAllTables({ db }: Database) {
  const result = (await db.execute(
    sql`select tablename from pg_tables where schemaname = 'public' and tablename <> 'schema_migrations'`,
  )) as unknown as { rows: { tablename: string }[] };
  const tables = result.rows.map((r) => `"${r.tablename}"`).join(', ');
  if (!tables) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_no_truncate`);
    await tx.execute(sql.raw(`truncate ${tables} cascade`));
    await tx.execute(sql`alter table audit_log enable trigger audit_log_no_truncate`);
  });
}

async function openPostgres(): Promise<Database> {
  const { url, drop } = await createTestDatabase();
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 5 });
  return {
    ...database,
    async close() {
      await database.close();
      await drop();
    },
  };
}
