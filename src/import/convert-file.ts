// A whole foreign file + mapping → a Lintas events FeatureCollection, then the loader's own validation
// (parseEventsValue): one validation for every file. Pure of DOM; runs in the import worker and in Node.
import type { RouteInfo } from '@/domain/event-table';
import { decodeText } from '@/data/decode-text';
import type { FileError } from '@/data/load-report';
import { parseEventsValue, type LoadOutcome } from '@/data/parse-events';
import { parseJson } from '@/data/parse-json';
import { makeRowConverter, type ConversionStats } from './convert-row';
import { buildGazetteer } from './gazetteer';
import type { ImportMapping } from './import-mapping';
import { readDelimited, type DelimitedProblem } from './read-delimited';
import { readJsonRows } from './read-geojson';
import { readXlsx } from './read-xlsx';
import { delimiterOf, type SourceKind } from './source-kind';

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
  /** Called as rows are converted (`parsing`) and validated (`validating`, with counts). */
  readonly onProgress?: (phase: 'parsing' | 'validating', done: number, total: number) => void;
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

/** Converts a file's rows into event feature objects. Never throws. */
export async function convertFile(input: ConvertInput): Promise<ConvertResult> {
  const { mapping, fileName } = input;
  input.onProgress?.('parsing', 0, 0);
  const gazetteer = buildGazetteer(input.routes);
  /** Converted features, and items that are not features passed on as given (the loader rejects them). */
  const features: unknown[] = [];
  const done = (
    columns: readonly string[],
    stats: ConversionStats,
    problems?: readonly DelimitedProblem[],
    problemCount?: number,
  ): ConvertResult => ({
    ok: true,
    collection: { type: 'FeatureCollection', metadata: importMetadata(mapping, fileName), features },
    columns,
    notes: notesOf(stats, problems, problemCount),
  });

  if (input.kind === 'xlsx') {
    if (input.bytes.byteLength > input.maxBytes)
      return {
        ok: false,
        error: { code: 'file-too-large', value: `${input.bytes.byteLength}/${input.maxBytes}` },
      };
    const sheet = await readXlsx(input.bytes);
    if (!sheet.ok) return { ok: false, error: { code: 'read-failed', value: `xlsx: ${sheet.message}` } };
    const converter = makeRowConverter(mapping, { columns: sheet.columns, gazetteer });
    for (const row of sheet.rows) features.push(converter.convert(row, undefined));
    return done(sheet.columns, converter.stats);
  }

  const decoded = decodeText(new Uint8Array(input.bytes), input.maxBytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  if (input.kind === 'json') {
    const json = parseJson(decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text);
    if (!json.ok) return { ok: false, error: json.error };
    const rows = readJsonRows(json.value);
    if (!rows.ok) return { ok: false, error: { code: rows.code, value: rows.value } };
    const converter = makeRowConverter(mapping, { columns: null, gazetteer });
    for (const item of rows.items)
      features.push('invalid' in item ? item.invalid : converter.convert(item.properties, item.geometry));
    return done(rows.columns, converter.stats);
  }

  let converter: ReturnType<typeof makeRowConverter> | null = null;
  const summary = readDelimited(
    decoded.text,
    (rows, _firstRow, columns) => {
      converter ??= makeRowConverter(mapping, { columns, gazetteer });
      for (const row of rows) features.push(converter.convert(row, undefined));
    },
    delimiterOf(input.kind),
  );
  if (summary.columns.length === 0 || summary.rowCount === 0)
    return { ok: false, error: { code: 'no-features', value: '' } };
  converter ??= makeRowConverter(mapping, { columns: summary.columns, gazetteer });
  return done(summary.columns, converter.stats, summary.problems, summary.problemCount);
}

export type ImportOutcome =
  | {
      readonly ok: true;
      readonly load: LoadOutcome;
      readonly notes: ConversionNotes;
      readonly columns: readonly string[];
    }
  | { readonly ok: false; readonly error: FileError };

/** Converts, then validates with the loader; the load outcome carries the table or the loader's error. */
export async function importFile(input: ConvertInput): Promise<ImportOutcome> {
  const converted = await convertFile(input);
  if (!converted.ok) return converted;
  const { onProgress } = input;
  const load = parseEventsValue(converted.collection, {
    fileName: input.fileName,
    routes: input.routes,
    maxBytes: input.maxBytes,
    ...(onProgress
      ? { onProgress: (done: number, total: number) => onProgress('validating', done, total) }
      : {}),
  });
  return { ok: true, load, notes: converted.notes, columns: converted.columns };
}
