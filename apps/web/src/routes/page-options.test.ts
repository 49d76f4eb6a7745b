import { expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Pages are server-rendered documents (decision 009): the root layout turns client-side
 * rendering off, and no route turns it back on — that would ship the framework's runtime and
 * serialise the page's data and messages into the page. Widgets come as small scripts instead.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const OPTIONS = /^\+(page|layout)(\.server)?\.ts$/;

function optionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return optionFiles(path);
    return OPTIONS.test(name) ? [path] : [];
  });
}

test('the root layout renders on the server only', () => {
  expect(readFileSync(join(root, '+layout.server.ts'), 'utf8')).toMatch(
    /^export const csr = false;$/m,
  );
});

test('no route turns client-side rendering back on', () => {
  const on = optionFiles(root)
    .filter((path) => /export\s+const\s+csr\s*=(?!\s*false\b)/.test(readFileSync(path, 'utf8')))
    .map((path) => relative(root, path));
  expect(on).toEqual([]);
});
