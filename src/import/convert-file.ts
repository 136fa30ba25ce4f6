// A whole foreign file + mapping → a Lintas events FeatureCollection, then the loader's own validation
// (parseEventsValue): one validation for every file. Pure of DOM; runs in the import worker and in Node.
import type { RouteInfo } from '@/domain/event-table';
import { decodeText } from '@/data/decode-text';
import type { FileError } from '@/data/load-report';
import {
  parseEventFeatures,
  startEventFeatures,
  type EventFeatureSource,
  type EventFeatureStream,
  type LoadOutcome,
} from '@/data/parse-events';
import { parseJson } from '@/data/parse-json';
import { validateEventFeature } from '@/data/validate-event-feature';
import { makeRowConverter, type ConversionStats, type RowConverter, type SourceRow } from './convert-row';
import { buildGazetteer } from './gazetteer';
import type { ImportMapping } from './import-mapping';
import { readDelimited, type DelimitedProblem } from './read-delimited';
import { readJsonRows } from './read-geojson';
import { readXlsx } from './read-xlsx';
import { delimiterOf, type SourceKind } from './source-kind';
import { makeCsvRowValidator } from './validate-csv-rows';

/** What the conversion adds to the loader's report. */
export interface ConversionNotes {
  readonly rows: number;
  readonly placedByGazetteer: number;
  /** Site names not in the gazetteer, most frequent first (at most 20), with their row counts. */
  readonly unplaced: readonly (readonly [name: string, rows: number])[];
  readonly unplacedNames: number;
  /** Rows papaparse could not split cleanly (quotes, field counts), with the first few located. */
  readonly parseProblems: readonly DelimitedProblem[];
  readonly parseProblemCount: number;
}

export type ConvertResult =
  | {
      readonly ok: true;
      readonly collection: {
        readonly type: 'FeatureCollection';
        readonly metadata: Record<string, unknown>;
        readonly features: readonly unknown[];
      };
      readonly columns: readonly string[];
      readonly notes: ConversionNotes;
    }
  | { readonly ok: false; readonly error: FileError };

export interface ConvertInput {
  readonly kind: SourceKind;
  readonly bytes: ArrayBuffer;
  readonly fileName: string;
  readonly mapping: ImportMapping;
  /** Corridors of a routes file chosen beside the events (their stages join the gazetteer). */
  readonly routes: readonly RouteInfo[] | null;
  readonly maxBytes: number;
  /**
   * Called as the file is read (`reading`, CSV and TSV: bytes parsed, converted and validated so far),
   * parsed (`parsing`) and its rows validated (`validating`, with counts).
   */
  readonly onProgress?: (phase: 'reading' | 'parsing' | 'validating', done: number, total: number) => void;
  /** Characters of CSV or TSV text parsed per chunk (default: read-delimited's 8 M). */
  readonly chunkChars?: number;
}

/** The converted file's `metadata`: the mapping's texts, else the file name as the title. */
export function importMetadata(mapping: ImportMapping, fileName: string): Record<string, unknown> {
  const m = mapping.metadata;
  const meta: Record<string, unknown> = {
    formatVersion: 1,
    kind: 'events',
    title: m.title?.trim() || fileName,
    illustrative: false,
    notes: `Imported from ${fileName} through a field mapping.`,
  };
  for (const key of ['source', 'licence', 'destination', 'tagline'] as const) {
    const value = m[key]?.trim();
    if (value) meta[key] = value;
  }
  return meta;
}

function notesOf(
  stats: ConversionStats,
  problems: readonly DelimitedProblem[] = [],
  problemCount = 0,
): ConversionNotes {
  const unplaced = [...stats.unplaced.entries()].sort((a, b) => b[1] - a[1]);
  return {
    rows: stats.rows,
    placedByGazetteer: stats.placedByGazetteer,
    unplaced: unplaced.slice(0, 20),
    unplacedNames: unplaced.length,
    parseProblems: problems,
    parseProblemCount: problemCount,
  };
}

/** A file's rows, read but not yet converted: `featureAt` converts row `index` (in order, once each). */
interface SourceRows {
  readonly ok: true;
  readonly columns: readonly string[];
  readonly features: EventFeatureSource;
  /** The conversion's notes, complete once every row was converted. */
  notes(): ConversionNotes;
}

/**
 * Reads a file's rows without converting them. The conversion runs row by row as the loader asks for
 * each feature, so the feature objects of a large file are short-lived instead of all held at once.
 */
async function readSourceRows(
  input: ConvertInput,
): Promise<SourceRows | { readonly ok: false; readonly error: FileError }> {
  const { mapping } = input;
  input.onProgress?.('parsing', 0, 0);
  const gazetteer = buildGazetteer(input.routes);
  const rowsOf = (
    columns: readonly string[] | null,
    rows: readonly SourceRow[],
    geometryAt: ((index: number) => unknown) | null,
    named: readonly string[],
    problems?: readonly DelimitedProblem[],
    problemCount?: number,
  ): SourceRows => {
    const converter = makeRowConverter(mapping, { columns, gazetteer });
    return {
      ok: true,
      columns: named,
      features: {
        length: rows.length,
        featureAt: (index) => converter.convert(rows[index] ?? [], geometryAt?.(index)),
      },
      notes: () => notesOf(converter.stats, problems, problemCount),
    };
  };

  if (input.kind === 'xlsx') {
    if (input.bytes.byteLength > input.maxBytes)
      return {
        ok: false,
        error: { code: 'file-too-large', value: `${input.bytes.byteLength}/${input.maxBytes}` },
      };
    const sheet = await readXlsx(input.bytes);
    if (!sheet.ok) return { ok: false, error: { code: 'read-failed', value: `xlsx: ${sheet.message}` } };
    return rowsOf(sheet.columns, sheet.rows, null, sheet.columns);
  }

  const decoded = decodeText(new Uint8Array(input.bytes), input.maxBytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  if (input.kind === 'json') {
    const json = parseJson(decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text);
    if (!json.ok) return { ok: false, error: json.error };
    const rows = readJsonRows(json.value);
    if (!rows.ok) return { ok: false, error: { code: rows.code, value: rows.value } };
    const { items } = rows;
    const converted = rowsOf(
      null,
      items.map((item) => ('invalid' in item ? {} : item.properties)),
      (index) => {
        const item = items[index];
        return item !== undefined && !('invalid' in item) ? item.geometry : undefined;
      },
      rows.columns,
    );
    // Items that are not features are passed on as given (the loader rejects them).
    const inner = converted.features;
    return {
      ...converted,
      features: {
        length: items.length,
        featureAt: (index) => {
          const item = items[index];
          return item !== undefined && 'invalid' in item ? item.invalid : inner.featureAt(index);
        },
      },
    };
  }

  const rows: (readonly string[])[] = [];
  const summary = readDelimited(
    decoded.text,
    (chunk) => {
      for (const row of chunk) rows.push(row);
    },
    delimiterOf(input.kind),
    input.chunkChars,
  );
  if (summary.columns.length === 0 || summary.rowCount === 0)
    return { ok: false, error: { code: 'no-features', value: '' } };
  return rowsOf(summary.columns, rows, null, summary.columns, summary.problems, summary.problemCount);
}

/** Converts a file's rows into event feature objects. Never throws. */
export async function convertFile(input: ConvertInput): Promise<ConvertResult> {
  const read = await readSourceRows(input);
  if (!read.ok) return read;
  const features: unknown[] = [];
  for (let i = 0; i < read.features.length; i++) features.push(read.features.featureAt(i));
  return {
    ok: true,
    collection: {
      type: 'FeatureCollection',
      metadata: importMetadata(input.mapping, input.fileName),
      features,
    },
    columns: read.columns,
    notes: read.notes(),
  };
}

export type ImportOutcome =
  | {
      readonly ok: true;
      readonly load: LoadOutcome;
      readonly notes: ConversionNotes;
      readonly columns: readonly string[];
    }
  | { readonly ok: false; readonly error: FileError };

/**
 * Converts, then validates with the loader (the same validation as a Lintas file's features); the load
 * outcome carries the table or the loader's error. Rows are converted one at a time as they are validated.
 */
export async function importFile(input: ConvertInput): Promise<ImportOutcome> {
  if (input.kind === 'csv' || input.kind === 'tsv') return importDelimited(input);
  const read = await readSourceRows(input);
  if (!read.ok) return read;
  const { onProgress } = input;
  const root = { type: 'FeatureCollection', metadata: importMetadata(input.mapping, input.fileName) };
  const load = parseEventFeatures(root, read.features, {
    fileName: input.fileName,
    routes: input.routes,
    maxBytes: input.maxBytes,
    ...(onProgress
      ? { onProgress: (done: number, total: number) => onProgress('validating', done, total) }
      : {}),
  });
  return { ok: true, load, notes: read.notes(), columns: read.columns };
}

/**
 * A CSV or TSV import, validated chunk by chunk as papaparse parses the text: each chunk's rows are
 * converted and validated, then dropped, so the rows of a large file are never all held at once. The
 * table and report are those of validating every row in one run (the chunk size changes neither).
 */
function importDelimited(input: ConvertInput): ImportOutcome {
  const { onProgress } = input;
  onProgress?.('parsing', 0, 0);
  const decoded = decodeText(new Uint8Array(input.bytes), input.maxBytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const { text } = decoded;
  const totalBytes = input.bytes.byteLength;
  const root = { type: 'FeatureCollection', metadata: importMetadata(input.mapping, input.fileName) };
  const gazetteer = buildGazetteer(input.routes);
  let converter: RowConverter | null = null;
  let stream: EventFeatureStream | null = null;
  /** The fast path for clean rows (false: the mapping does not allow it). */
  let tryRow: ((row: readonly string[], index: number) => boolean) | false | null = null;
  const summary = readDelimited(
    text,
    (rows, _firstRow, columns, parsedChars) => {
      if (converter === null || stream === null) {
        converter = makeRowConverter(input.mapping, { columns, gazetteer });
        // Rows expected in the whole file, from the share of the text the first chunk covered (sizes the
        // ids seen and the table once; a wrong guess only costs a regrowth).
        const expected = Math.ceil((rows.length * text.length) / Math.max(1, parsedChars));
        stream = startEventFeatures(
          root,
          { fileName: input.fileName, routes: input.routes, maxBytes: input.maxBytes },
          expected,
        );
      }
      const rowConverter = converter;
      const first = stream.count;
      stream.add({
        length: rows.length,
        featureAt: (k) => rowConverter.convert(rows[k] ?? [], undefined),
        validateAt: (k, ctx) => {
          // The stream hands every run the same context: the fast path is prepared once, on first use.
          tryRow ??= makeCsvRowValidator(input.mapping, columns, ctx, rowConverter.stats) ?? false;
          const row = rows[k] ?? [];
          if (tryRow === false || !tryRow(row, first + k))
            validateEventFeature(rowConverter.convert(row, undefined), first + k, ctx);
        },
      });
      // Bytes from characters by the text's own proportion (exact for ASCII, close for the rest).
      onProgress?.('reading', Math.round((parsedChars / text.length) * totalBytes), totalBytes);
    },
    delimiterOf(input.kind),
    input.chunkChars,
  );
  // Assigned in the callback: TypeScript cannot see it, so the values are read back through a cast.
  const started = stream as EventFeatureStream | null;
  const used = converter as RowConverter | null;
  if (summary.columns.length === 0 || summary.rowCount === 0 || started === null || used === null)
    return { ok: false, error: { code: 'no-features', value: '' } };
  const load = started.finish();
  onProgress?.('validating', started.count, started.count);
  return {
    ok: true,
    load,
    notes: notesOf(used.stats, summary.problems, summary.problemCount),
    columns: summary.columns,
  };
}
