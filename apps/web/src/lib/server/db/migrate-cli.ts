// `npm run db:migrate`: applies pending migrations to the configured database and exits.
import { fileURLToPath } from 'node:url';
import { config } from '../config.ts';
import { openConfiguredDatabase } from './open-configured.ts';
import { migrate, migrationsFromDir } from './migrate.ts';

const database = await openConfiguredDatabase(config());
try {
  const dir = fileURLToPath(new URL('../../../../drizzle', import.meta.url));
  const ran = await migrate(database.db, migrationsFromDir(dir));
  console.log(ran.length ? `Applied: ${ran.join(', ')}` : 'The database is up to date.');
} finally {
  await database.close();
}
