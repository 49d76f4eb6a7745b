/**
 * CSV that a spreadsheet opens safely: every text cell that a spreadsheet would read as a
 * formula (=, +, -, @, a tab or a carriage return first) is prefixed with an apostrophe (OWASP
 * "CSV injection"); cells with commas, quotes or line breaks are quoted. Numbers stay numbers.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  // CRLF line ends (RFC 4180) and a byte-order mark so spreadsheets read UTF-8 diacritics.
  return `\ufeff${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
