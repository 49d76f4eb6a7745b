// `npm run db:migrate`: applies pending migrations to the configured database and exits
// (with MIGRATION_DATABASE_URL, as the role that owns the schema).
import { runCommand } from '../cli.ts';
import { openConfiguredDatabase } from './open-configured.ts';
import { migrate, migrationsFromSource } from './migrate.ts';
import { grantAppRole, roleOf } from './grants.ts';

await runCommand(async (c) => {
  const database = await openConfiguredDatabase(c, 'owner');
  try {
    const ran = await migrate(database.db, migrationsFromSource());
    console.log(ran.length ? `Applied: ${ran.join(', ')}` : 'The database is up to date.');
    if (c.MIGRATION_DATABASE_URL && c.DATABASE_URL) {
      await grantAppRole(database.db, roleOf(c.DATABASE_URL));
      console.log(`Granted the application role ${roleOf(c.DATABASE_URL)} what it needs.`);
    }
  } finally {
    await database.close();
  }
});
