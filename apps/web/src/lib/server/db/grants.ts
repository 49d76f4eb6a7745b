import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';

/**
 * With MIGRATION_DATABASE_URL, the schema belongs to an owner role and the application connects
 * as another one, which gets exactly what it needs, after every migration (new tables included):
 * read and write the data, only read and append the audit log (no UPDATE, DELETE or TRUNCATE:
 * decision 016), only read the migrations' record, never change the schema.
 */
export async function grantAppRole(owner: Db, appRole: string) {
  const role = sql.identifier(appRole);
  await owner.transaction(async (tx) => {
    await tx.execute(sql`grant usage on schema public to ${role}`);
    await tx.execute(
      sql`grant select, insert, update, delete on all tables in schema public to ${role}`,
    );
    await tx.execute(sql`grant usage, select on all sequences in schema public to ${role}`);
    await tx.execute(sql`revoke update, delete, truncate on audit_log from ${role}`);
    await tx.execute(
      sql`revoke insert, update, delete, truncate on schema_migrations from ${role}`,
    );
  });
}

/** The role a PostgreSQL URL connects as. */
export const roleOf = (url: string) => decodeURIComponent(new URL(url).username) || 'postgres';
