/**
 * Only a local path may be returned to: never another site (open redirect). The path comes back
 * percent-encoded, so that a non-ASCII path (`/propuneri/ăîș`) makes a valid Location header.
 */
export function safeReturnTo(value: unknown, fallback = '/'): string {
  if (
    typeof value !== 'string' ||
    value.length > 2000 ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.includes('\\') ||
    // Control characters (a NUL, a line break) would break or split the Location header.
    /[\u0000-\u001f\u007f]/.test(value)
  ) {
    return fallback;
  }
  const base = 'http://return.invalid';
  try {
    const url = new URL(value, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
