/**
 * Global set-up of the `domain-postgres` project: one database migrated once, from which every
 * test file's database is cloned (`create database … template …`, a file copy: a fraction of a
 * second where running every migration again cost seconds per file). Dropped at the end.
 */
import type { TestProject } from 'vitest/node';
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../db/client.ts';
import { bundledMigrations, migrate } from '../db/migrate.ts';
import { adminQuery, databaseUrl } from './postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated database each PostgreSQL test file's database is cloned from. */
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('the domain-postgres project needs TEST_DATABASE_URL');
  const template = `innovato_template_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${template}`);
  const database = await openDatabase({ kind: 'postgres', url: databaseUrl(serverUrl, template) });
  try {
    await migrate(database.db, bundledMigrations());
  } finally {
    // A template must have no connection while it is copied.
    await database.close();
  }
  project.provide('postgresTemplate', template);
  return async () => {
    await adminQuery(serverUrl, `drop database if exists ${template} with (force)`);
  };
}
