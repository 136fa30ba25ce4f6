// RFC 4180 cells and rows, with a guard against CSV formula injection: text that a spreadsheet would run
// as a formula (starting with = + - @, or a tab or carriage return) gets a leading apostrophe.

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Cells that need double quotes: separators, quotes, line breaks, or edge spaces a reader might trim. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell: numbers as written, text guarded and quoted when needed. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** One record (no line break). */
export function csvRow(cells: readonly (string | number)[]): string {
  return cells.map(csvCell).join(',');
}

/** Records joined with CRLF, as RFC 4180 asks; an empty record is an empty line between sections. */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map(csvRow).join('\r\n') + '\r\n';
}
