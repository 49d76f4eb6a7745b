import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { openTestDatabase } from '../testing/test-db.ts';
import type { Database } from './client.ts';

/**
 * Migrations are SQL written by hand (decision 011); the modules' Drizzle schemas are what the
 * code queries through. They must describe the same database: every table and column (type,
 * nullability) and every named constraint and index in the schemas exists after the migrations,
 * and the migrations create no table or column the schemas do not know.
 */
const schemaModules = import.meta.glob('../*/schema.ts', { eager: true }) as Record<
  string,
  Record<string, unknown>
>;
const tables = Object.values(schemaModules)
  .flatMap((m) => Object.values(m))
  .filter((v): v is PgTable => is(v, PgTable))
  .map((t) => getTableConfig(t));

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function actualColumns() {
  const list = await rows<{ table: string; column: string; type: string; notnull: boolean }>(sql`
    select c.relname as table, a.attname as column,
           format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as notnull
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
      and c.relname <> 'schema_migrations'`);
  return new Map(list.map((r) => [`${r.table}.${r.column}`, r]));
}

async function actualNames() {
  const constraints = await rows<{ name: string }>(sql`
    select con.conname as name from pg_constraint con
    join pg_namespace n on n.oid = con.connamespace
    where n.nspname = 'public' and con.contype <> 'n'`);
  const indexes = await rows<{ name: string }>(
    sql`select indexname as name from pg_indexes where schemaname = 'public'`,
  );
  return new Set([...constraints, ...indexes].map((r) => r.name));
}

describe('the Drizzle schemas and the migrations', () => {
  test('the schemas were found', () => {
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['organisations', 'users', 'proposals', 'audit_log']),
    );
  });

  test('every column of the schemas exists, with its type and nullability', async () => {
    const actual = await actualColumns();
    const problems: string[] = [];
    for (const t of tables) {
      for (const c of t.columns) {
        const found = actual.get(`${t.name}.${c.name}`);
        // Drizzle writes `numeric(16, 2)`, PostgreSQL `numeric(16,2)`: the same type.
        const expected = {
          type: c.getSQLType().replace(/, /g, ','),
          notnull: c.notNull || c.primary,
        };
        if (!found) problems.push(`${t.name}.${c.name}: missing`);
        else if (found.type !== expected.type || found.notnull !== expected.notnull)
          problems.push(
            `${t.name}.${c.name}: schema says ${expected.type}${expected.notnull ? ' not null' : ''}, database has ${found.type}${found.notnull ? ' not null' : ''}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  test('the migrations make no table or column the schemas do not know', async () => {
    const known = new Set(tables.flatMap((t) => t.columns.map((c) => `${t.name}.${c.name}`)));
    expect([...(await actualColumns()).keys()].filter((k) => !known.has(k))).toEqual([]);
  });

  test('every named constraint and index of the schemas exists', async () => {
    const actual = await actualNames();
    const named = tables
      .flatMap((t) => [
        ...t.uniqueConstraints.map((u) => u.getName()),
        ...t.foreignKeys.map((f) => f.getName()),
        ...t.checks.map((c) => c.name),
        ...t.indexes.map((i) => i.config.name),
        ...t.primaryKeys.map((p) => p.getName()),
      ])
      .filter((n): n is string => !!n);
    expect(named.filter((n) => !actual.has(n))).toEqual([]);
  });
});
