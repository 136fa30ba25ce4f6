// A CSV or TSV import, validated chunk by chunk as the text is split: each chunk's rows are converted
// and validated, then dropped, so the rows of a large file are never all held at once. The table and
// report are those of validating every row in one run (the chunk size changes neither). A file without
// quotes is split from its bytes and validated column-wise (split-delimited-bytes.ts,
// csv-coded-columns.ts); any other goes through papaparse. Both give the same rows, table and report.
import { checkUtf8Bytes } from '@/data/decode-text';
import { startEventFeatures, type EventFeatureStream } from '@/data/parse-events';
import { makeColumnarRowValidator } from '@/data/validate-columnar-rows';
import { validateEventFeature, type ValidationContext } from '@/data/validate-event-feature';
import { makeRowConverter, type RowConverter } from './convert-row';
import { makeCsvColumnReader } from './csv-coded-columns';
import { buildGazetteer } from './gazetteer';
import { importMetadata, notesOf, type ConvertInput, type ImportOutcome } from './import-result';
import {
  columnNames,
  guessDelimiter,
  guessNewline,
  readDelimited,
  type DelimitedProblem,
} from './read-delimited';
import { delimiterOf } from './source-kind';
import { canSplitBytes, rowCellsOf, splitDelimitedBytes } from './split-delimited-bytes';
import { makeCsvRowValidator } from './validate-csv-rows';

/** Bytes of the file's head the delimiter and line end are guessed from (more than their 64 K characters). */
const HEAD_BYTES = 512 * 1024;
/** Bytes split per chunk (as papaparse's default chunk of read-delimited: 8 M characters). */
const CHUNK_BYTES = 8 * 1024 * 1024;

/** Which splitter an import uses: `auto` takes the byte splitter whenever the file allows it. */
export type DelimitedSplitter = 'auto' | 'papaparse';

/** A CSV or TSV file's import (the byte splitter when `splitter` is auto and the file allows it). */
export function importDelimited(input: ConvertInput, splitter: DelimitedSplitter = 'auto'): ImportOutcome {
  input.onProgress?.('parsing', 0, 0);
  const bytes = new Uint8Array(input.bytes);
  // The file is checked without being decoded: the byte splitter does not need its text.
  const error = checkUtf8Bytes(bytes, input.maxBytes);
  if (error !== null) return { ok: false, error };
  if (splitter === 'auto') {
    // The delimiter and line end are guessed from the file's head (read-delimited reads no further).
    const head = new TextDecoder().decode(bytes.subarray(0, Math.min(bytes.length, HEAD_BYTES)));
    const body = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
    const delimiter = delimiterOf(input.kind) || guessDelimiter(body);
    const newline = guessNewline(body, delimiter);
    if (newline !== '\r' && canSplitBytes(bytes, delimiter, newline))
      return importSplitBytes(input, bytes, delimiter, newline);
  }
  return importParsedText(input, new TextDecoder().decode(bytes));
}

/** The conversion and validation of one chunked import, fed by either splitter. */
interface ChunkedImport {
  /**
   * The run's converter and stream, started on the first chunk with the header's columns and the share
   * of the file that chunk covered (the same ones afterwards).
   */
  start(
    columns: readonly string[],
    rows: number,
    parsedShare: number,
  ): { readonly converter: RowConverter; readonly stream: EventFeatureStream };
  /** Validates a string row as feature `index`: the string rows' fast path, else its feature object. */
  validateRow(row: readonly string[], index: number, ctx: ValidationContext): void;
  /** The import's result once every chunk was validated. */
  finish(rowCount: number, problems: readonly DelimitedProblem[], problemCount: number): ImportOutcome;
}

function startChunkedImport(input: ConvertInput): ChunkedImport {
  const root = { type: 'FeatureCollection', metadata: importMetadata(input.mapping, input.fileName) };
  const gazetteer = buildGazetteer(input.routes);
  let run: { converter: RowConverter; stream: EventFeatureStream; columns: readonly string[] } | null = null;
  let tryRow: ((row: readonly string[], index: number) => boolean) | false | null = null;
  return {
    start(columns, rows, parsedShare) {
      if (run !== null) return run;
      // Rows expected in the whole file, from the share of it the first chunk covered (sizes the ids seen
      // and the table once; a wrong guess only costs a regrowth).
      const expected = Math.ceil(rows / Math.max(1e-9, parsedShare));
      run = {
        converter: makeRowConverter(input.mapping, { columns, gazetteer }),
        stream: startEventFeatures(
          root,
          { fileName: input.fileName, routes: input.routes, maxBytes: input.maxBytes },
          expected,
        ),
        columns,
      };
      return run;
    },
    validateRow(row, index, ctx) {
      if (run === null) return;
      // The stream hands every run the same context: the fast path is prepared once, on first use.
      tryRow ??= makeCsvRowValidator(input.mapping, run.columns, ctx, run.converter.stats) ?? false;
      if (tryRow === false || !tryRow(row, index))
        validateEventFeature(run.converter.convert(row, undefined), index, ctx);
    },
    finish(rowCount, problems, problemCount) {
      if (run === null || run.columns.length === 0 || rowCount === 0)
        return { ok: false, error: { code: 'no-features', value: '' } };
      const load = run.stream.finish();
      input.onProgress?.('validating', run.stream.count, run.stream.count);
      return {
        ok: true,
        load,
        notes: notesOf(run.converter.stats, problems, problemCount),
        columns: run.columns,
      };
    },
  };
}

/** Papaparse splits the text; each row is converted from its cells. */
function importParsedText(input: ConvertInput, text: string): ImportOutcome {
  const { onProgress } = input;
  const totalBytes = input.bytes.byteLength;
  const chunked = startChunkedImport(input);
  const summary = readDelimited(
    text,
    (rows, _firstRow, columns, parsedChars) => {
      const { converter, stream } = chunked.start(
        columns,
        rows.length,
        parsedChars / Math.max(1, text.length),
      );
      const first = stream.count;
      stream.add({
        length: rows.length,
        featureAt: (k) => converter.convert(rows[k] ?? [], undefined),
        validateAt: (k, ctx) => chunked.validateRow(rows[k] ?? [], first + k, ctx),
      });
      // Bytes from characters by the text's own proportion (exact for ASCII, close for the rest).
      onProgress?.('reading', Math.round((parsedChars / text.length) * totalBytes), totalBytes);
    },
    delimiterOf(input.kind),
    input.chunkChars,
  );
  return chunked.finish(summary.rowCount, summary.problems, summary.problemCount);
}

/**
 * The byte splitter's rows: a chunk's rows are judged column-wise first (the columnar validator on the
 * chunk's interned columns), then as string rows (validate-csv-rows.ts), then as feature objects. Each
 * step takes only rows on which it records exactly what the next would, so the result is the same.
 */
function importSplitBytes(
  input: ConvertInput,
  bytes: Uint8Array,
  delimiter: string,
  newline: '\r\n' | '\n',
): ImportOutcome {
  const { onProgress } = input;
  const totalBytes = bytes.byteLength;
  const chunked = startChunkedImport(input);
  // The chunk reader for the header's columns (null: the mapping takes the string rows' path).
  let readColumns: ReturnType<typeof makeCsvColumnReader> | undefined;
  let columns: readonly string[] | undefined;
  let rowCount = 0;
  splitDelimitedBytes(
    bytes,
    { delimiter, newline, chunkBytes: input.chunkChars ?? CHUNK_BYTES },
    (rows, parsedBytes, header) => {
      columns ??= columnNames(header);
      readColumns ??= makeCsvColumnReader(input.mapping, columns);
      const { converter, stream } = chunked.start(
        columns,
        rows.length,
        parsedBytes / Math.max(1, totalBytes),
      );
      const first = stream.count;
      rowCount += rows.length;
      const coded = readColumns === null ? null : readColumns(rows);
      let tryCoded: ((row: number, index: number) => boolean) | null = null;
      const cellsAt = (k: number): string[] => rowCellsOf(rows, k, delimiter);
      stream.add({
        length: rows.length,
        featureAt: (k) => converter.convert(cellsAt(k), undefined),
        validateAt: (k, ctx) => {
          if (coded !== null) {
            tryCoded ??= makeColumnarRowValidator(coded, ctx);
            if (tryCoded(k, first + k)) {
              converter.stats.rows++;
              return;
            }
          }
          chunked.validateRow(cellsAt(k), first + k, ctx);
        },
      });
      onProgress?.('reading', parsedBytes, totalBytes);
    },
  );
  return chunked.finish(rowCount, [], 0);
}
