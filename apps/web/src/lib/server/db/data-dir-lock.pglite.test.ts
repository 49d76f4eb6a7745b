import { describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from './client.ts';
import { DatabaseInUse } from './unavailable.ts';
import { bundledMigrations, migrate } from './migrate.ts';

const run = promisify(execFile);

/** An operator's command on this folder, as `npm run …` runs it (its own process). */
async function command(script: string, dataDir: string) {
  return run(process.execPath, ['--import', 'tsx', script], {
    cwd: new URL('../../../../', import.meta.url).pathname,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'development' },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

describe('one embedded database folder, one process', () => {
  test('a second process on the same folder is refused with a clear message, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'innovato-lock-'));
    try {
      const held = await openDatabase({ kind: 'pglite', dataDir: dir });
      await migrate(held.db, bundledMigrations());
      const second = await command('src/lib/server/audit/verify-cli.ts', dir);
      expect(second.code).toBe(2);
      expect(second.stderr).toContain(
        `The embedded database in ${dir} is in use by another process (pid ${process.pid})`,
      );
      expect(second.stderr).not.toMatch(/\n\s+at /);
      // In this process too: a second handle on the folder is refused.
      await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toThrow(DatabaseInUse);
      await held.close();
      // Released: the command now runs.
      const after = await command('src/lib/server/audit/verify-cli.ts', dir);
      expect(after.code, after.stderr).toBe(0);
      expect(after.stdout).toContain('Audit log intact');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  test('a lock left by a process that no longer runs is taken over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'innovato-lock-'));
    try {
      writeFileSync(
        join(dir, 'innovato.lock'),
        JSON.stringify({ pid: 2 ** 22 + 7, host: hostname() }),
      );
      const database = await openDatabase({ kind: 'pglite', dataDir: dir });
      await database.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // A new folder is a whole initdb on disk: seconds when the machine is busy.
  }, 120_000);
});
