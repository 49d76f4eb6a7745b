/**
 * CSV for spreadsheets, safe against formula injection: every cell is quoted, and a cell that
 * a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage return)
 * is prefixed with an apostrophe, so that it is shown as text (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  // Numbers we write ourselves (a negative never occurs in scores) stay numbers.
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows to CSV text: CRLF line ends (RFC 4180) and a byte-order mark so that Excel reads UTF-8. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
