import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { defineConfig } from 'vitest/config';
import { globSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The domain tests' SECRET_KEY: fixed, so that nothing is written beside the sources. */
const TEST_SECRET_KEY = 'domain-tests-only-secret-key-0123456789abcdef';
/** Where the domain tests' uploads go: outside the sources, one folder per test run. */
const TEST_FILES_DIR = join(tmpdir(), `innovato-r-test-files-${process.pid}`);

/**
 * The test files that reach a database: they run on PostgreSQL as well as on PGlite. The rest
 * (pure functions, catalogues, route tables) would run the same code twice for nothing.
 */
function databaseTestFiles(): string[] {
  return globSync('src/**/*.test.ts', { cwd: import.meta.dirname }).filter(
    (file) =>
      file.endsWith('.postgres.test.ts') ||
      readFileSync(join(import.meta.dirname, file), 'utf8').includes('openTestDatabase'),
  );
}

/** Domain tests: one worker per core (the default leaves one core idle, and half of the time
 * a PostgreSQL file waits on the server). */
const DOMAIN_WORKERS = 2;

export default defineConfig({
  plugins: [
    sveltekit({
      adapter: adapter({ out: 'build' }),
      // The counting engine from its sources: no build step before the app's tests and checks.
      alias: { '@innovato-r/pb': '../../packages/pb/src/index.ts' },
      // Strict CSP: no inline scripts; SvelteKit hashes its own bootstrap script.
      csp: {
        mode: 'auto',
        directives: {
          'default-src': ['self'],
          'script-src': ['self'],
          'style-src': ['self', 'unsafe-inline'],
          'img-src': ['self', 'data:'],
          'form-action': ['self'],
          'frame-ancestors': ['none'],
          'base-uri': ['self'],
          'object-src': ['none'],
        },
      },
    }),
  ],
  server: { port: 3000 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'domain-pglite',
          include: ['src/**/*.test.ts'],
          // About PostgreSQL's roles: nothing of the sort in the embedded database.
          exclude: ['src/**/*.postgres.test.ts'],
          env: { TEST_DB: 'pglite', SECRET_KEY: TEST_SECRET_KEY, FILES_DIR: TEST_FILES_DIR },
          // One process per worker runs its files in turn, sharing the imported modules and one
          // migrated PGlite (testing/test-db.ts): starting PGlite per file cost seconds each.
          isolate: false,
          maxWorkers: DOMAIN_WORKERS,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              extends: true as const,
              test: {
                name: 'domain-postgres',
                include: databaseTestFiles(),
                // Every file's database is a copy of one migrated once (testing/postgres-template.ts).
                globalSetup: ['src/lib/server/testing/postgres-template.ts'],
                // About the embedded database only.
                exclude: ['src/**/*.pglite.test.ts'],
                env: {
                  TEST_DB: 'postgres',
                  SECRET_KEY: TEST_SECRET_KEY,
                  FILES_DIR: TEST_FILES_DIR,
                },
                isolate: false,
                maxWorkers: DOMAIN_WORKERS,
                testTimeout: 30_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              extends: true as const,
              test: {
                // The built app as a process on PostgreSQL: behind a proxy, losing its database.
                name: 'operations',
                include: ['tests/ops/**/*.ops.ts'],
                globalSetup: ['tests/ops/global-setup.ts'],
                testTimeout: 120_000,
                hookTimeout: 120_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // A journey visits up to thirty pages, each checked with axe: room for a busy 2-core machine.
          testTimeout: 300_000,
          hookTimeout: 120_000,
          // Two files at a time: each has its own browser, and the shared accounts carry a
          // language cookie so that one file's language switch does not reach another.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
