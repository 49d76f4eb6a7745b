import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DatabaseInUse } from './unavailable.ts';

/**
 * PGlite keeps its files in DATA_DIR and assumes it is the only one writing them: two processes
 * on one folder lose data. The first to open it holds `innovato.lock` (its pid and host); any
 * other process is refused with DatabaseInUse. A lock left by a process that no longer runs is
 * taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, 'innovato.lock');
  const mine = JSON.stringify({ pid: process.pid, host: hostname() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, mine);
      closeSync(fd);
      return () => {
        // Only our own lock: never remove one another process took over meanwhile.
        if (readLock(file)?.pid === process.pid) rmSync(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readLock(file);
      if (holder && isRunning(holder)) throw new DatabaseInUse(dataDir, holder.pid);
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

function readLock(file: string): { pid: number; host: string } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { pid: number; host: string };
  } catch {
    return undefined;
  }
}

function isRunning(holder: { pid: number; host: string }) {
  // A lock written on another machine (a shared folder) cannot be checked: it holds.
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
