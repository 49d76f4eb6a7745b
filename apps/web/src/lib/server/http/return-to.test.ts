import { expect, test } from 'vitest';
import { safeReturnTo } from './return-to.ts';

test('local paths come back usable in a Location header; anything else is the fallback', () => {
  expect(safeReturnTo('/calls?page=2')).toBe('/calls?page=2');
  // Non-ASCII is percent-encoded (a raw one would make the header invalid: a 500 before).
  expect(safeReturnTo('/propuneri/ăîș?q=țară')).toBe(
    '/propuneri/%C4%83%C3%AE%C8%99?q=%C8%9Bar%C4%83',
  );
  for (const bad of [
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/a\r\nSet-Cookie: x=1',
    'calls',
    `/${'a'.repeat(2001)}`,
    42,
    null,
  ]) {
    expect(safeReturnTo(bad), String(bad)).toBe('/');
  }
  // Every result is a legal header value.
  for (const input of ['/ă', '/%', '/😀', '/a b']) {
    expect(safeReturnTo(input)).toMatch(/^[\x21-\x7e]+$/);
  }
});
