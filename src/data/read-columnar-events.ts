// Reads a columnar events file (Apache Arrow IPC, docs/data-format.md) into the same table and report as
// its GeoJSON form: each row is judged column-wise by the loader's field rules (validate-columnar-rows.ts);
// a row on which a rule records anything becomes a feature-shaped object (one object reused for every
// row) that goes through the loader's own validation (parseEventFeatures). Text is decoded once per
// dictionary entry; ids stay UTF-8 bytes unless a row needs its feature object. Loaded on demand:
// apache-arrow is a chunk of its own, fetched only when such a file is opened.
import {
  DataType,
  Precision,
  tableFromIPC,
  type Data,
  type RecordBatch,
  type Table,
  type Vector,
} from 'apache-arrow';
import { isPlainObject } from '@/lib/safe-record';
import {
  batchColumns,
  dictionaryStrings,
  NotUtf8Error,
  utf8Reader,
  withNulls,
  type CellReader,
  type StringCache,
} from './arrow-columns';
import {
  COLUMNAR_EVENT_COLUMNS,
  COLUMNAR_METADATA_KEY,
  makeNationalityScratch,
  NATIONALITY_COUNT_SEPARATOR,
  parseNationalitiesText,
  type ColumnarEventColumn,
} from './columnar-events-format';
import { describeValue } from './load-report';
import {
  parseEventFeatures,
  type EventFeatureSource,
  type LoadOutcome,
  type ParseEventsOptions,
} from './parse-events';
import { makeColumnarRowValidator } from './validate-columnar-rows';
import { validateEventFeature, type ValidationContext } from './validate-event-feature';

/** Columns without which no row can load: a file lacking all of them is not an events file. */
const REQUIRED_COLUMNS: readonly ColumnarEventColumn[] = ['kind', 'date', 'route', 'site'];

function fail(
  code: 'columnar-unreadable' | 'columnar-columns-missing' | 'not-utf8',
  value = '',
): LoadOutcome {
  return { ok: false, error: { code, value }, report: null };
}

/** A reader for one column of a batch, by its Arrow type; other types give Arrow's own JS value. */
function cellReader(batch: RecordBatch, name: string, cache: StringCache): CellReader | null {
  const vector: Vector | null = batch.getChild(name);
  if (vector === null) return null;
  const data: Data | undefined = vector.data[0];
  if (data === undefined) return null;
  const type = data.type;
  if (DataType.isDictionary(type) && data.dictionary !== undefined && data.dictionary.data.length === 1) {
    const dictData: Data | undefined = data.dictionary.data[0];
    const strings = dictData === undefined ? null : dictionaryStrings(dictData, cache);
    if (strings !== null) {
      const indices = data.values as ArrayLike<number>;
      return withNulls(data, (row) => strings[indices[row] ?? 0] ?? null);
    }
  }
  if (DataType.isUtf8(type)) return utf8Reader(data, cache);
  if (DataType.isInt(type) || DataType.isFloat(type)) {
    const values = data.values as ArrayLike<number | bigint>;
    if (values instanceof BigInt64Array || values instanceof BigUint64Array)
      return withNulls(data, (row) => Number(values[row] ?? 0));
    // Half floats are stored as bits: Arrow's own reader below turns them into numbers.
    if (!DataType.isFloat(type) || type.precision !== Precision.HALF)
      return withNulls(data, (row) => values[row] ?? null);
  }
  return (row) => vector.get(row) as unknown;
}

/** The file's `metadata` object from the schema metadata, {} when absent, null when it is not JSON. */
function readMetadataObject(table: Table): Record<string, unknown> | null {
  const text = table.schema.metadata.get(COLUMNAR_METADATA_KEY);
  if (text === undefined) return {};
  try {
    const value: unknown = JSON.parse(text);
    return isPlainObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** The properties of one row, every field always present (a stable object shape for the validator). */
interface RowProperties {
  id: unknown;
  kind: unknown;
  date: unknown;
  people: unknown;
  boats: unknown;
  crew: unknown;
  deaths: unknown;
  records: unknown;
  route: unknown;
  routeName: unknown;
  site: unknown;
  outcome: unknown;
  nationalities: unknown;
  origin_country: unknown;
  agency: unknown;
  source: unknown;
  confidence: unknown;
}

const absent: CellReader = () => undefined;

/** Readers of one batch, one per column (absent columns read as absent values). */
type BatchReaders = Record<ColumnarEventColumn, CellReader>;

function batchReaders(batch: RecordBatch, cache: StringCache): BatchReaders {
  const readers = {} as BatchReaders;
  for (const name of COLUMNAR_EVENT_COLUMNS) readers[name] = cellReader(batch, name, cache) ?? absent;
  return readers;
}

/** Most distinct nationality texts whose parsed form is kept (texts with counts rarely repeat: not kept). */
const NATIONALITY_CACHE_LIMIT = 10_000;

/**
 * The row-to-feature adapter: one feature object, refilled for each row in file order, with named
 * stores only (a loop of stores by column name made every row's properties a megamorphic write).
 */
function makeFeatureSource(table: Table): EventFeatureSource {
  const batches = table.batches;
  const batchStart: number[] = [];
  let total = 0;
  for (const batch of batches) {
    batchStart.push(total);
    total += batch.numRows;
  }
  const cache: StringCache = new Map();
  const props: RowProperties = {
    id: undefined,
    kind: undefined,
    date: undefined,
    people: undefined,
    boats: undefined,
    crew: undefined,
    deaths: undefined,
    records: undefined,
    route: undefined,
    routeName: undefined,
    site: undefined,
    outcome: undefined,
    nationalities: undefined,
    origin_country: undefined,
    agency: undefined,
    source: undefined,
    confidence: undefined,
  };
  const coordinates: [number, number] = [0, 0];
  const point = { type: 'Point', coordinates };
  const feature: { type: string; geometry: unknown; properties: RowProperties } = {
    type: 'Feature',
    geometry: point,
    properties: props,
  };
  let current = -1;
  let r: BatchReaders | null = null;
  const natCache = new Map<string, unknown>();

  const natScratch = makeNationalityScratch();

  const nationalitiesOf = (text: unknown): unknown => {
    if (typeof text !== 'string') return text ?? undefined;
    // The parsed arrays are only read by validation (before the next row), so one can serve every row
    // with the same text; texts with counts rarely repeat and are parsed into the reused scratch.
    if (text.includes(NATIONALITY_COUNT_SEPARATOR)) return parseNationalitiesText(text, natScratch);
    const hit = natCache.get(text);
    if (hit !== undefined) return hit;
    const parsed = parseNationalitiesText(text);
    if (natCache.size < NATIONALITY_CACHE_LIMIT) natCache.set(text, parsed);
    return parsed;
  };

  /** Makes the batch holding feature `index` current; false when there is none. */
  const enterBatch = (index: number): boolean => {
    if (r !== null && index >= (batchStart[current] ?? 0) && index < (batchStart[current + 1] ?? total))
      return true;
    let b = 0;
    while (b + 1 < batches.length && (batchStart[b + 1] ?? total) <= index) b++;
    const batch = batches[b];
    current = b;
    r = batch === undefined ? null : batchReaders(batch, cache);
    return r !== null;
  };

  const featureAt = (index: number): unknown => {
    if (!enterBatch(index) || r === null) return null;
    const row = index - (batchStart[current] ?? 0);
    props.id = r.id(row);
    props.kind = r.kind(row);
    props.date = r.date(row);
    props.people = r.people(row);
    props.boats = r.boats(row);
    props.crew = r.crew(row);
    props.deaths = r.deaths(row);
    props.records = r.records(row);
    props.route = r.route(row);
    props.routeName = r.routeName(row);
    props.site = r.site(row);
    props.outcome = r.outcome(row);
    props.nationalities = nationalitiesOf(r.nationalities(row));
    props.origin_country = r.origin_country(row);
    props.agency = r.agency(row);
    props.source = r.source(row);
    props.confidence = r.confidence(row);
    const x = r.lon(row);
    const y = r.lat(row);
    if (typeof x === 'number' && typeof y === 'number') {
      coordinates[0] = x;
      coordinates[1] = y;
      feature.geometry = point;
    } else if ((x === null || x === undefined) && (y === null || y === undefined)) feature.geometry = null;
    else feature.geometry = { type: 'Point', coordinates: [x ?? null, y ?? null] };
    return feature;
  };
  // The column-wise rows, one validator per batch (null: the batch takes the row path).
  let fastBatch = -1;
  let fastContext: ValidationContext | null = null;
  let tryRow: ((row: number, index: number) => boolean) | null = null;
  const validateAt = (index: number, ctx: ValidationContext): void => {
    if (!enterBatch(index) || r === null) {
      validateEventFeature(null, index, ctx);
      return;
    }
    if (fastBatch !== current || fastContext !== ctx) {
      const batch = batches[current];
      const columns = batch === undefined ? null : batchColumns(batch, cache);
      tryRow = columns === null ? null : makeColumnarRowValidator(columns, ctx);
      fastBatch = current;
      fastContext = ctx;
    }
    const row = index - (batchStart[current] ?? 0);
    if (tryRow === null || !tryRow(row, index)) validateEventFeature(featureAt(index), index, ctx);
  };
  return { length: total, featureAt, validateAt };
}

/** Reads an Arrow IPC events file; never throws. */
export function readColumnarEvents(bytes: Uint8Array, options: ParseEventsOptions): LoadOutcome {
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (error) {
    return fail('columnar-unreadable', describeValue(error instanceof Error ? error.message : String(error)));
  }
  // An IPC stream that ends before its schema gives an empty table, not an error.
  if (table.schema.fields.length === 0) return fail('columnar-unreadable', 'no schema');
  const names = new Set(table.schema.fields.map((field) => field.name));
  if (!REQUIRED_COLUMNS.some((name) => names.has(name)))
    return fail('columnar-columns-missing', REQUIRED_COLUMNS.join(', '));
  const metadata = readMetadataObject(table);
  if (metadata === null) return fail('columnar-unreadable', COLUMNAR_METADATA_KEY);
  try {
    return parseEventFeatures({ metadata }, makeFeatureSource(table), options);
  } catch (error) {
    if (error instanceof NotUtf8Error) return fail('not-utf8');
    // Arrow throws on buffers that do not match the schema: a broken file.
    return fail('columnar-unreadable', describeValue(error instanceof Error ? error.message : String(error)));
  }
}
