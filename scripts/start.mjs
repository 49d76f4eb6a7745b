// `npm start`: build what changed (quietly: the build's output goes to build.log), then serve.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

const root = resolve(import.meta.dirname, '..');
const logFile = join(root, 'build.log');
rmSync(logFile, { force: true });
try {
  for (const line of buildIfStale({ logFile, env: { ...process.env, NODE_ENV: 'production' } }))
    console.log(line);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
// At a terminal, the address and the demo accounts matter, not a JSON line per request.
if (!process.env.LOG_LEVEL && process.stdout.isTTY) process.env.LOG_LEVEL = 'warn';
await import(join(root, 'apps/web/serve.js'));
