/** The operations tests run the built app: build it (and the engine) if the sources changed. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup() {
  if (!process.env.TEST_DATABASE_URL) {
    throw new Error('[ops] the operations tests run on PostgreSQL: set TEST_DATABASE_URL');
  }
  const script = resolve(import.meta.dirname, '../../../../scripts/build-if-stale.mjs');
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`[ops] the build failed:\n${result.stdout}\n${result.stderr}`);
  console.log(`[ops] ${result.stdout.trim().split('\n').join('; ')}`);
}
