import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from './lib/server/db/migrate.ts';
let t = performance.now();
const a = new PGlite();
await a.waitReady;
console.log('boot', (performance.now() - t).toFixed(0));
t = performance.now();
await migrate(
  drizzle({ client: a }) as any,
  (await import('./lib/server/db/migrate.ts')).migrationsFromSource(),
);
console.log('migrate', (performance.now() - t).toFixed(0));
t = performance.now();
const dump = await a.dumpDataDir('none');
console.log('dump', (performance.now() - t).toFixed(0), dump.size);
t = performance.now();
const b = new PGlite({ loadDataDir: dump });
await b.waitReady;
console.log('load', (performance.now() - t).toFixed(0));
console.log((await b.query('select count(*) from schema_migrations')).rows);
