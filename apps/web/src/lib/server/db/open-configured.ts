import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import { openDatabase, type Database } from './client.ts';

/**
 * The database the configuration names: PostgreSQL when DATABASE_URL is set, else PGlite. A
 * relative DATA_DIR is taken from where the command was typed (npm's INIT_CWD), so `npm start`,
 * `npm run db:migrate` and `npm run audit:verify` at the repository root share `./data`.
 */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.DATABASE_URL
    ? openDatabase({ kind: 'postgres', url: config.DATABASE_URL })
    : openDatabase({
        kind: 'pglite',
        dataDir: resolve(process.env.INIT_CWD ?? process.cwd(), config.DATA_DIR),
      });
}
