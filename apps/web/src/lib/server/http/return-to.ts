/** Only a local path may be returned to: never another site (open redirect). */
export function safeReturnTo(value: unknown, fallback = '/'): string {
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.includes('\\')
  ) {
    return fallback;
  }
  return value.length > 2000 ? fallback : value;
}
