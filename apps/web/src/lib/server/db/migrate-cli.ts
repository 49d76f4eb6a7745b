// `npm run db:migrate`: applies pending migrations to the configured database and exits.
import { config } from '../config.ts';
import { openConfiguredDatabase } from './open-configured.ts';
import { migrate, migrationsFromSource } from './migrate.ts';

const database = await openConfiguredDatabase(config());
try {
  const ran = await migrate(database.db, migrationsFromSource());
  console.log(ran.length ? `Applied: ${ran.join(', ')}` : 'The database is up to date.');
} finally {
  await database.close();
}
