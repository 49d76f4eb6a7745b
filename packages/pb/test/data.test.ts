import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { DATA } from './paths.js';

/**
 * The test data are byte-for-byte copies of their sources (test/data/README.md): a formatter
 * once rewrote the reference JSONs (same values, other bytes). SHA256SUMS was taken from the
 * sources; any rewrite fails here, naming the file.
 */
test('every data file is the byte-for-byte copy of its source', () => {
  const sums = readFileSync(DATA + 'SHA256SUMS', 'utf8')
    .trim()
    .split('\n');
  expect(sums.length).toBe(31);
  const changed = sums.flatMap((line) => {
    const [sum, file] = line.split(/\s+/);
    const now = createHash('sha256')
      .update(readFileSync(DATA + file!))
      .digest('hex');
    return now === sum ? [] : [file!];
  });
  expect(changed).toEqual([]);
});
