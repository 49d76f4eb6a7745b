import { sql } from 'drizzle-orm';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './client.ts';

export interface Migration {
  name: string;
  sql: string;
}

/** Migrations bundled into the build (Vite and Vitest). */
export function bundledMigrations(): Migration[] {
  const files = import.meta.glob('../../../../drizzle/*.sql', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>;
  return sorted(Object.entries(files).map(([path, text]) => ({ name: basename(path), sql: text })));
}

/** Migrations read from a folder (the command-line runner). */
export function migrationsFromDir(dir: string): Migration[] {
  return sorted(
    readdirSync(dir)
      .filter((f) => f.endsWith('.sql'))
      .map((f) => ({ name: basename(f), sql: readFileSync(join(dir, f), 'utf8') })),
  );
}

/** The repository's migrations folder, for the command-line tools run from source (tsx). */
export const migrationsFromSource = () =>
  migrationsFromDir(fileURLToPath(new URL('../../../../drizzle', import.meta.url)));

const basename = (path: string) => path.replace(/^.*\//, '').replace(/\.sql$/, '');
const sorted = (list: Migration[]) => list.sort((a, b) => a.name.localeCompare(b.name));

/**
 * Applies the migrations not yet applied, each in its own transaction, in name order. An advisory
 * lock makes app processes starting together take turns instead of racing.
 */
export async function migrate(db: Db, migrations: Migration[]): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7243001)`);
    await tx.execute(sql`create table if not exists schema_migrations (
      name text primary key, applied_at timestamptz not null default now())`);
    const done = (await tx.execute(sql`select name from schema_migrations`)) as unknown as {
      rows: { name: string }[];
    };
    const applied = new Set(done.rows.map((r) => r.name));
    const ran: string[] = [];
    for (const m of migrations) {
      if (applied.has(m.name)) continue;
      for (const statement of m.sql.split('--> statement-breakpoint')) {
        if (statement.trim()) await tx.execute(sql.raw(statement));
      }
      await tx.execute(sql`insert into schema_migrations (name) values (${m.name})`);
      ran.push(m.name);
    }
    return ran;
  });
}
