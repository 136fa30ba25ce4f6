// CSV and TSV through papaparse: the header row becomes column names, the other rows arrays of cell text,
// handed on chunk by chunk so a large file is converted while it is parsed.
import Papa, { type ParseResult } from 'papaparse';

/** Text of one chunk parsed at a time: big enough to amortize the calls, small enough to keep rows few. */
const CHUNK_CHARS = 8 * 1024 * 1024;
/** Parse problems kept for the report (the rest are counted). */
const MAX_PARSE_PROBLEMS = 50;

export interface DelimitedProblem {
  /** Data row number, 1-based (the header row is not counted). */
  readonly row: number;
  readonly code: string;
}

export interface DelimitedSummary {
  readonly columns: readonly string[];
  readonly delimiter: string;
  readonly rowCount: number;
  readonly problems: readonly DelimitedProblem[];
  readonly problemCount: number;
}

/** A header cell as text (spreadsheet headers can be numbers or dates). */
function cellName(cell: unknown): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : '';
}

/** Column names from a header row: trimmed, blanks named "Column n", repeats suffixed " (2)". */
export function columnNames(header: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return header.map((cell, i) => {
    const base = cellName(cell)
      .replace(/^\uFEFF/, '')
      .trim();
    const name = base === '' ? `Column ${i + 1}` : base;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

const isBlankRow = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '');

const DELIMITERS = [',', '\t', ';', '|'];
/** Characters of the file's start that the delimiter is guessed from. */
const GUESS_CHARS = 64 * 1024;

/**
 * The delimiter papaparse guesses from the first rows, with trailing blank lines left out first: they
 * count as one-field rows and would make a short file look comma-separated.
 */
export function guessDelimiter(text: string): string {
  const head = text.slice(0, GUESS_CHARS);
  const cut = head.length < text.length ? head.slice(0, Math.max(head.lastIndexOf('\n'), 0)) : head;
  return Papa.parse<string[]>(cut.trimEnd(), { delimitersToGuess: DELIMITERS, preview: 50 }).meta.delimiter;
}

/** The line end of the file's first rows ("\r\n", "\n" or "\r"), as papaparse guesses it from the head. */
export function guessNewline(text: string, delimiter: string): '\r\n' | '\n' | '\r' {
  const linebreak = Papa.parse<string[]>(text.slice(0, GUESS_CHARS), { delimiter, preview: 2 }).meta
    .linebreak;
  return linebreak === '\r\n' || linebreak === '\r' ? linebreak : '\n';
}

/**
 * Parses delimited text and calls `onRows` with the data rows of each chunk (in order). The delimiter is
 * guessed unless given. Blank rows at the end are dropped; blank rows between data rows are kept, so row
 * numbers stay those of the file (the loader then reports them).
 */
export function readDelimited(
  text: string,
  onRows: (
    rows: readonly (readonly string[])[],
    firstRow: number,
    columns: readonly string[],
    /** Characters of `text` parsed so far (for progress and size estimates). */
    parsedChars: number,
  ) => void,
  delimiter = '',
  chunkChars = CHUNK_CHARS,
): DelimitedSummary {
  let columns: string[] | null = null;
  let usedDelimiter = delimiter;
  let rowCount = 0;
  /** Data rows parsed before the current chunk, blank ones included. */
  let parsedRows = 0;
  let pendingBlank: string[][] = [];
  const problems: DelimitedProblem[] = [];
  let problemCount = 0;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const chosenDelimiter = delimiter === '' ? guessDelimiter(body) : delimiter;
  Papa.parse<string[]>(body, {
    delimiter: chosenDelimiter,
    // Guessed once from the file's head: papaparse would guess it from the first chunk alone, and a first
    // chunk cut before the first line end reads a CRLF file as LF (every last cell ending in "\r").
    newline: guessNewline(body, chosenDelimiter),
    chunkSize: chunkChars,
    // Called once per chunk, synchronously for text input (parse returns after the last chunk).
    complete: () => undefined,
    chunk: (results: ParseResult<string[]>) => {
      usedDelimiter = results.meta.delimiter;
      let rows = results.data;
      // papaparse numbers error rows within the chunk from 0; the header is row 0 of the first chunk.
      let rowOffset = parsedRows + 1;
      if (columns === null) {
        // A first chunk shorter than the header line holds no complete row: the header comes later.
        if (rows.length === 0) return;
        columns = columnNames(rows[0] ?? []);
        rows = rows.slice(1);
        rowOffset = 0;
      }
      for (const error of results.errors) {
        problemCount++;
        if (problems.length < MAX_PARSE_PROBLEMS)
          problems.push({ row: rowOffset + (error.row ?? 0), code: error.code });
      }
      parsedRows += rows.length;
      const out: string[][] = [];
      for (const row of rows) {
        if (isBlankRow(row)) {
          pendingBlank.push(row);
          continue;
        }
        if (pendingBlank.length > 0) {
          out.push(...pendingBlank);
          pendingBlank = [];
        }
        out.push(row);
      }
      if (out.length > 0) {
        onRows(out, rowCount + 1, columns, results.meta.cursor);
        rowCount += out.length;
      }
    },
  });
  return { columns: columns ?? [], delimiter: usedDelimiter, rowCount, problems, problemCount };
}

/** The header and first `maxRows` data rows of a head slice of a file (`complete` when the slice is the whole file). */
export function previewDelimited(
  head: string,
  maxRows: number,
  complete: boolean,
  delimiter = '',
): {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly delimiter: string;
} {
  const body = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const result = Papa.parse<string[]>(body, {
    delimiter: delimiter === '' ? guessDelimiter(body) : delimiter,
    preview: maxRows + 2,
  });
  const data = result.data;
  const columns = columnNames(data[0] ?? []);
  let rows = data.slice(1);
  // The last row of a cut slice may be cut too.
  if (!complete && result.meta.cursor >= head.length - 1 && rows.length > 0) rows = rows.slice(0, -1);
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1] ?? [])) rows = rows.slice(0, -1);
  return { columns, rows: rows.slice(0, maxRows), delimiter: result.meta.delimiter };
}
