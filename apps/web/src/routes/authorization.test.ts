import { expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every server entry point (load, action, endpoint) goes through the domain — runLoad/runAction
 * call domain functions that authorise with can() — or asks can()/authorize() itself. The few
 * that serve everyone by nature are listed here with their reason; a new route must pick a side.
 */
const PUBLIC: Record<string, string> = {
  'healthz/+server.ts': 'liveness probe, no data',
  'readyz/+server.ts': 'readiness probe, no data',
  'language/+server.ts': "stores the visitor's language preference only",
  'account/sign-in/+page.server.ts': 'signing in is for anyone without a session',
  'account/sign-up/+page.server.ts': 'signing up is for anyone',
  'account/forgot-password/+page.server.ts': 'asking for a reset link is for anyone',
  'account/sso/+server.ts': 'starts single sign-on for anyone',
  'account/sso/callback/+page.server.ts': 'completes single sign-on for anyone',
};

const ENTRY = /^\+(page|layout)\.server\.ts$|^\+server\.ts$/;
const GUARDED = /\b(runLoad|runAction|authorize|can)\(/;

function entryPoints(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return entryPoints(path);
    return ENTRY.test(name) ? [path] : [];
  });
}

test('every route entry point is authorised through the domain or listed as public', () => {
  const root = new URL('.', import.meta.url).pathname;
  const unguarded = entryPoints(root)
    .map((path) => relative(root, path))
    .filter((file) => !PUBLIC[file] && !GUARDED.test(readFileSync(join(root, file), 'utf8')));
  expect(unguarded).toEqual([]);
});

test('the public list names only files that exist', () => {
  const root = new URL('.', import.meta.url).pathname;
  const files = new Set(entryPoints(root).map((p) => relative(root, p)));
  expect(Object.keys(PUBLIC).filter((f) => !files.has(f))).toEqual([]);
});
