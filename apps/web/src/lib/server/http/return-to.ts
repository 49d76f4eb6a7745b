/** Only a local path may be returned to: never another site (open redirect). */
export function safeReturnTo(value: unknown, fallback = '/'): string {
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.includes('\\') ||
    // Control characters (a NUL, a line break) would break or split the Location header.
    /[\u0000-\u001f\u007f]/.test(value)
  ) {
    return fallback;
  }
  return value.length > 2000 ? fallback : value;
}
