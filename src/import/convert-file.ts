// A whole foreign file + mapping → a Lintas events FeatureCollection, then the loader's own validation
// (parseEventsValue): one validation for every file. Pure of DOM; runs in the import worker and in Node.
import { decodeText } from '@/data/decode-text';
import type { FileError } from '@/data/load-report';
import { parseEventFeatures, type EventFeatureSource } from '@/data/parse-events';
import { parseJson } from '@/data/parse-json';
import { makeRowConverter, type SourceRow } from './convert-row';
import { buildGazetteer } from './gazetteer';
import { importDelimited } from './import-delimited';
import {
  importMetadata,
  notesOf,
  type ConversionNotes,
  type ConvertInput,
  type ImportOutcome,
} from './import-result';
import { readDelimited, type DelimitedProblem } from './read-delimited';
import { readJsonRows } from './read-geojson';
import { readXlsx } from './read-xlsx';
import { delimiterOf } from './source-kind';

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
