import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import { log } from '../log.ts';
import { openDatabase, type Database } from './client.ts';

/**
 * The database the configuration names: PostgreSQL when DATABASE_URL is set, else PGlite. A
 * relative DATA_DIR is taken from where the command was typed (npm's INIT_CWD), so `npm start`,
 * `npm run db:migrate` and `npm run audit:verify` at the repository root share `./data`.
 * `role: 'owner'` opens MIGRATION_DATABASE_URL when set: the role that may change the schema.
 */
export function openConfiguredDatabase(
  config: Config,
  role: 'app' | 'owner' = 'app',
): Promise<Database> {
  const url =
    role === 'owner' ? (config.MIGRATION_DATABASE_URL ?? config.DATABASE_URL) : config.DATABASE_URL;
  return url
    ? openDatabase({
        kind: 'postgres',
        url,
        poolSize: role === 'owner' ? 1 : 10,
        connectTimeout: config.DATABASE_CONNECT_TIMEOUT,
        statementTimeout: config.DATABASE_STATEMENT_TIMEOUT,
        onConnectionError: (err) =>
          log.warn(
            { err: { message: err.message } },
            'database connection lost; the pool will reconnect',
          ),
      })
    : openDatabase({ kind: 'pglite', dataDir: dataDirOf(config) });
}

export const dataDirOf = (config: Config) =>
  resolve(process.env.INIT_CWD ?? process.cwd(), config.DATA_DIR);
