// CSV and TSV without quotes, split from the file's UTF-8 bytes: the rows papaparse gives for such text
// (read-delimited.ts, with the same delimiter and line end), as cell byte ranges instead of strings.
// Written here rather than taken from papaparse because the import's speed depends on it (bench/README.md,
// "CSV import"): papaparse makes a string of every cell, and a 1M-row file then spends most of its time
// creating, hashing and collecting those strings. From byte ranges the import reads each distinct cell
// text once per chunk (csv-coded-columns.ts) and numbers straight from their digits. A file with any
// double quote is left to papaparse: quoting is where CSV readers differ, and papaparse is the reference.
// Blank rows are kept between data rows and dropped at the end, as readDelimited does.
import { textOfBytes } from '@/data/decode-text';

/** What splitting needs: one ASCII delimiter byte and the file's line end. */
export interface ByteSplitOptions {
  readonly delimiter: string;
  readonly newline: '\r\n' | '\n' | '\r';
  /** Bytes of rows handed on per chunk (a chunk ends at the first line end past this). */
  readonly chunkBytes: number;
}

/**
 * The data rows of one chunk: row r's cell c is bytes cellFrom[c][r] … cellTo[c][r] − 1 (one array per
 * column: the import reads the chunk column by column).
 */
export interface ByteRows {
  readonly bytes: Uint8Array;
  /** Rows in the chunk. */
  readonly length: number;
  /** Cell starts per column; −1 for a cell the row does not have (a short row). */
  readonly cellFrom: readonly Int32Array[];
  readonly cellTo: readonly Int32Array[];
  /** Row r's line (without its line end): bytes lineFrom[r] … lineTo[r] − 1. */
  readonly lineFrom: Int32Array;
  readonly lineTo: Int32Array;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

/**
 * Whether the byte splitter gives papaparse's rows for this file: a one-byte ASCII delimiter, a line
 * end of "\n" or "\r\n", and not one double quote anywhere (the search is native and runs at memory speed).
 */
export function canSplitBytes(bytes: Uint8Array, delimiter: string, newline: string): boolean {
  if (delimiter.length !== 1) return false;
  const d = delimiter.charCodeAt(0);
  if (d >= 0x80 || d === QUOTE || d === LF || d === CR || d === SPACE) return false;
  if (newline !== '\n' && newline !== '\r\n') return false;
  return bytes.indexOf(QUOTE) < 0;
}

/** Row r's cells as papaparse gives them: every cell of its line, as text. */
export function rowCellsOf(rows: ByteRows, r: number, delimiter: string): string[] {
  const from = rows.lineFrom[r] ?? 0;
  const to = rows.lineTo[r] ?? 0;
  return textOfBytes(rows.bytes, from, to).split(delimiter);
}

/** Whether a line holds only white space and delimiters (every cell blank after trim, as isBlankRow). */
function isBlankLine(bytes: Uint8Array, from: number, to: number, delimiter: number): boolean {
  let high = false;
  for (let i = from; i < to; i++) {
    const b = bytes[i] ?? 0;
    if (b === delimiter || b === SPACE || (b >= 0x09 && b <= 0x0d)) continue;
    if (b < 0x80) return false;
    high = true;
  }
  // Bytes past ASCII may be white space that trim() removes (no-break space, ideographic space, …).
  if (!high) return true;
  return textOfBytes(bytes, from, to).split(String.fromCharCode(delimiter)).join('').trim() === '';
}

const grow = (a: Int32Array, size: number): Int32Array => {
  const next = new Int32Array(size);
  next.set(a);
  return next;
};

/** Growable per-chunk storage. */
class RowStore {
  length = 0;
  cellFrom: Int32Array[];
  cellTo: Int32Array[];
  lineFrom: Int32Array;
  lineTo: Int32Array;
  constructor(
    readonly width: number,
    capacity: number,
  ) {
    this.cellFrom = Array.from({ length: width }, () => new Int32Array(capacity));
    this.cellTo = Array.from({ length: width }, () => new Int32Array(capacity));
    this.lineFrom = new Int32Array(capacity);
    this.lineTo = new Int32Array(capacity);
  }
  /** Makes room for one more row. */
  reserve(): void {
    if (this.length < this.lineFrom.length) return;
    const rows = this.lineFrom.length * 2;
    this.cellFrom = this.cellFrom.map((a) => grow(a, rows));
    this.cellTo = this.cellTo.map((a) => grow(a, rows));
    this.lineFrom = grow(this.lineFrom, rows);
    this.lineTo = grow(this.lineTo, rows);
  }
}

/**
 * Splits `bytes` (UTF-8, a BOM skipped) into its header cells and data rows, handing the rows on chunk by
 * chunk to `onRows` with the bytes read so far and the header's cells (a chunk's arrays are valid during
 * the call only: the next chunk reuses them). A file of a header alone calls it never.
 */
export function splitDelimitedBytes(
  bytes: Uint8Array,
  options: ByteSplitOptions,
  onRows: (rows: ByteRows, parsedBytes: number, header: readonly string[]) => void,
): void {
  const d = options.delimiter.charCodeAt(0);
  const crlf = options.newline === '\r\n';
  const n = bytes.length;
  let pos = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (pos >= n) return;

  /** End of the line starting at `from` (its line end excluded) and where the next line starts. */
  let lineEnd = 0;
  const nextLine = (from: number): number => {
    let at = from;
    for (;;) {
      const lf = bytes.indexOf(LF, at);
      if (lf < 0) {
        lineEnd = n;
        return n;
      }
      if (!crlf) {
        lineEnd = lf;
        return lf + 1;
      }
      // A lone "\n" inside a CRLF file is part of the cell, as in papaparse.
      if (lf > from && bytes[lf - 1] === CR) {
        lineEnd = lf - 1;
        return lf + 1;
      }
      at = lf + 1;
    }
  };

  const headerNext = nextLine(pos);
  const header = textOfBytes(bytes, pos, lineEnd).split(options.delimiter);
  const headerBytes = lineEnd - pos;
  pos = headerNext;
  const width = header.length;
  const chunkBytes = Math.max(1, options.chunkBytes);
  // Rows of a chunk guessed from the header's length (rows are seldom much shorter): few regrowths.
  const store = new RowStore(
    width,
    Math.min(1 << 20, Math.max(1024, Math.ceil(chunkBytes / Math.max(16, headerBytes)))),
  );

  /** Stores the line from … lineEnd as the next row. */
  const keep = (from: number, to: number): void => {
    store.reserve();
    const r = store.length++;
    store.lineFrom[r] = from;
    store.lineTo[r] = to;
    const { cellFrom, cellTo } = store;
    let c = 0;
    let start = from;
    for (let i = from; i < to && c < width; i++) {
      if (bytes[i] !== d) continue;
      (cellFrom[c] as Int32Array)[r] = start;
      (cellTo[c] as Int32Array)[r] = i;
      c++;
      start = i + 1;
    }
    if (c < width) {
      (cellFrom[c] as Int32Array)[r] = start;
      (cellTo[c] as Int32Array)[r] = to;
      c++;
    }
    for (; c < width; c++) {
      (cellFrom[c] as Int32Array)[r] = -1;
      (cellTo[c] as Int32Array)[r] = -1;
    }
  };
  const emit = (parsed: number): void => {
    if (store.length === 0) return;
    onRows(
      {
        bytes,
        length: store.length,
        cellFrom: store.cellFrom,
        cellTo: store.cellTo,
        lineFrom: store.lineFrom,
        lineTo: store.lineTo,
      },
      parsed,
      header,
    );
    // The rows are handed on for the call only: the next chunk refills the same arrays.
    store.length = 0;
  };

  let chunkStart = pos;
  // A run of blank lines is held back (by where it starts) until a data row follows it: blank rows at
  // the end of the file are not rows.
  let blankFrom = -1;
  while (pos < n) {
    const from = pos;
    const next = nextLine(from);
    const to = lineEnd;
    if (isBlankLine(bytes, from, to, d)) {
      if (blankFrom < 0) blankFrom = from;
      pos = next;
      continue;
    }
    if (blankFrom >= 0) {
      // The blank rows before this one are rows after all.
      let at = blankFrom;
      while (at < from) {
        const after = nextLine(at);
        keep(at, lineEnd);
        at = after;
      }
      blankFrom = -1;
    }
    keep(from, to);
    pos = next;
    if (pos - chunkStart >= chunkBytes) {
      emit(pos);
      chunkStart = pos;
    }
  }
  emit(n);
}
