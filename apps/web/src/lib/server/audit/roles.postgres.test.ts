import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Database } from '../db/client.ts';
import { bundledMigrations, migrate } from '../db/migrate.ts';
import { grantAppRole } from '../db/grants.ts';
import { recordAudit } from './record.ts';

/**
 * On PostgreSQL the application runs as a role that may only read and append the audit log: an
 * application compromised (or a bug) cannot rewrite history, whatever its code does.
 */
const server = process.env.TEST_DATABASE_URL!;
const suffix = randomBytes(4).toString('hex');
const owner = `innovato_owner_${suffix}`;
const app = `innovato_app_${suffix}`;
const name = `innovato_roles_${suffix}`;
let asOwner: Database;
let asApp: Database;

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const urlFor = (role: string) => {
  const url = new URL(server);
  url.username = role;
  url.password = 'roles-test';
  url.pathname = `/${name}`;
  return url.toString();
};

beforeAll(async () => {
  await admin(`create role ${owner} login password 'roles-test'`);
  await admin(`create role ${app} login password 'roles-test'`);
  await admin(`create database ${name} owner ${owner}`);
  asOwner = await openDatabase({ kind: 'postgres', url: urlFor(owner) });
  await asOwner.db.execute(sql.raw(`alter schema public owner to ${owner}`));
  await migrate(asOwner.db, bundledMigrations());
  await grantAppRole(asOwner.db, app);
  asApp = await openDatabase({ kind: 'postgres', url: urlFor(app) });
});
afterAll(async () => {
  await asApp?.close();
  await asOwner?.close();
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`drop role if exists ${app}`);
  await admin(`drop role if exists ${owner}`);
});

describe('the application’s database role', () => {
  test('appends to and reads the audit log, and nothing more', async () => {
    await asApp.db.transaction((tx) =>
      recordAudit(tx, null, { action: 'test.append', resourceType: 'test' }),
    );
    const rows = await asApp.db.execute(sql`select count(*)::int as n from audit_log`);
    expect((rows as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1);
    for (const statement of [
      `update audit_log set action = 'x'`,
      `delete from audit_log`,
      `truncate audit_log`,
      `alter table audit_log disable trigger audit_log_append_only`,
      `drop table audit_log`,
      `insert into schema_migrations (name) values ('9999_forged')`,
    ]) {
      const refused = await asApp.db.execute(sql.raw(statement)).then(
        () => 'allowed',
        (e: { cause?: { message?: string } }) => e.cause?.message ?? String(e),
      );
      expect(refused, statement).toMatch(/permission denied|must be owner/);
    }
  });

  test('works with every other table as the platform needs', async () => {
    await asApp.db.execute(
      sql`insert into rate_limits (key, window_start, count) values ('roles-test', now(), 1)`,
    );
    await asApp.db.execute(sql`update rate_limits set count = 2 where key = 'roles-test'`);
    await asApp.db.execute(sql`delete from rate_limits where key = 'roles-test'`);
  });
});
