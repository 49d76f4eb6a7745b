// Builds the engine (packages/pb) and the app (apps/web) only when their sources changed since
// their last successful build: a content hash of the sources is kept beside each build output.
// Used by `npm start` and the browser tests' set-up. The build's own output goes to a log file.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
  openSync,
  closeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Each build: what it reads, what it runs, where it writes (and keeps its stamp). */
export const BUILDS = [
  {
    name: 'engine',
    cwd: join(root, 'packages/pb'),
    sources: ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json'],
    output: 'dist',
    command: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'],
  },
  {
    name: 'app',
    cwd: join(root, 'apps/web'),
    sources: [
      'src',
      'static',
      'drizzle',
      'package.json',
      'vite.config.ts',
      'tsconfig.json',
      '../../packages/pb/dist',
    ],
    output: 'build',
    command: ['node_modules/vite/bin/vite.js', 'build'],
  },
];

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name !== '.source-hash')
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** The hash of every source file's path and content, and of the installed dependencies. */
export function sourceHash(build) {
  const hash = createHash('sha256');
  for (const file of build.sources.flatMap((s) => filesUnder(join(build.cwd, s)))) {
    hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  hash.update(readFileSync(join(root, 'package-lock.json')));
  return hash.digest('hex');
}

const stampOf = (build) => join(build.cwd, build.output, '.source-hash');

export function isStale(build) {
  const stamp = stampOf(build);
  return !existsSync(stamp) || readFileSync(stamp, 'utf8') !== sourceHash(build);
}

/** The binaries live in the root node_modules (npm workspaces hoist them). */
const bin = (relative) => join(root, relative);

/**
 * Builds what is stale, writing the build's output to `logFile`. Returns one line per build
 * for the terminal; throws with the end of the log when a build fails.
 */
export function buildIfStale({ logFile = join(root, 'build.log'), env = process.env } = {}) {
  const lines = [];
  for (const build of BUILDS) {
    if (!isStale(build)) {
      lines.push(`${build.name}: up to date`);
      continue;
    }
    const started = Date.now();
    // The sources as they were when the build began: an edit made while it runs leaves the
    // build stale, and the next start builds again.
    const builtFrom = sourceHash(build);
    const fd = openSync(logFile, 'a');
    const result = spawnSync(process.execPath, [bin(build.command[0]), ...build.command.slice(1)], {
      cwd: build.cwd,
      env,
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    if (result.status !== 0) {
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-60).join('\n');
      throw new Error(
        `The ${build.name} build failed (exit ${result.status ?? result.signal}). The end of ${logFile}:\n${tail}`,
      );
    }
    writeFileSync(stampOf(build), builtFrom);
    lines.push(
      `${build.name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s (log: ${logFile})`,
    );
  }
  return lines;
}

// As a command (the browser tests' set-up): build what is stale, say so in one line each.
if (process.argv[1] === import.meta.filename) {
  try {
    for (const line of buildIfStale()) console.log(line);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
