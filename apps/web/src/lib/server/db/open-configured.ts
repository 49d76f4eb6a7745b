import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import { openDatabase, type Database } from './client.ts';

/** The database the configuration names: PostgreSQL when DATABASE_URL is set, else PGlite. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.DATABASE_URL
    ? openDatabase({ kind: 'postgres', url: config.DATABASE_URL })
    : openDatabase({ kind: 'pglite', dataDir: resolve(config.DATA_DIR) });
}
