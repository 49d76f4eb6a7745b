import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { mkdirSync } from 'node:fs';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
/** No relational query schema: queries name their tables (each module's schema.ts). */
type Schema = Record<string, never>;
/** The one database type the rest of the code sees, whichever engine is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A handle that can run queries: the database itself or an open transaction. */
export type Queryable = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export type DatabaseTarget =
  | {
      kind: 'postgres';
      url: string;
      poolSize?: number;
      /** Milliseconds to wait for a connection before giving up (then: unavailable, 503). */
      connectTimeout?: number;
      /** Milliseconds a statement may run before the server cancels it. */
      statementTimeout?: number;
      /** Told about connections lost while idle (a restart, a failover): never fatal. */
      onConnectionError?: (error: Error) => void;
    }
  | { kind: 'pglite'; dataDir?: string };

/**
 * Opens PostgreSQL through a connection pool when a URL is given, otherwise the embedded
 * PGlite (file-persisted in dataDir — held by this process alone —, or in memory when dataDir
 * is absent: tests only).
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      connectionTimeoutMillis: target.connectTimeout ?? 5000,
      statement_timeout: target.statementTimeout ?? 30_000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
    });
    // An idle connection dropped by the server or the network must not kill the process: the
    // pool replaces it, and requests meanwhile get a 503 (decision 014).
    pool.on('error', (error) => target.onConnectionError?.(error));
    // A connection lost while checked out but between queries (a transaction's gap, the job
    // worker's) is told to its client, not the pool: without a listener that would crash.
    pool.on('connect', (client) =>
      client.on('error', (error) => target.onConnectionError?.(error)),
    );
    return {
      db: drizzlePg({ client: pool }) as unknown as Db,
      kind: 'postgres',
      close: () => pool.end(),
    };
  }
  if (!target.dataDir) {
    const client = new PGlite();
    await client.waitReady;
    return {
      db: drizzlePglite({ client }) as unknown as Db,
      kind: 'pglite',
      close: () => client.close(),
    };
  }
  mkdirSync(target.dataDir, { recursive: true });
  const unlock = lockDataDir(target.dataDir);
  try {
    const client = new PGlite(target.dataDir);
    await client.waitReady;
    return {
      db: drizzlePglite({ client }) as unknown as Db,
      kind: 'pglite',
      close: async () => {
        await client.close();
        unlock();
      },
    };
  } catch (e) {
    unlock();
    throw e;
  }
}
