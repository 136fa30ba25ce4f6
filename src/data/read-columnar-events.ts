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
import {
  makeColumnarRowValidator,
  type ColumnarBatchColumns,
  type TextColumnCodes,
  type Utf8Column,
} from './validate-columnar-rows';
import { validateEventFeature, type ValidationContext } from './validate-event-feature';

/** Reads value `row` of one column of one batch (null when the cell is null). */
type CellReader = (row: number) => unknown;

/** Columns without which no row can load: a file lacking all of them is not an events file. */
const REQUIRED_COLUMNS: readonly ColumnarEventColumn[] = ['kind', 'date', 'route', 'site'];

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** Decoded text per Arrow data (dictionaries, plain Utf8 columns), so no column is decoded twice. */
type StringCache = Map<Data, (string | null)[]>;

/** A string column that is not UTF-8 (the GeoJSON form refuses such a file as a whole, and so does this). */
class NotUtf8Error extends Error {}

function fail(
  code: 'columnar-unreadable' | 'columnar-columns-missing' | 'not-utf8',
  value = '',
): LoadOutcome {
  return { ok: false, error: { code, value }, report: null };
}

/** Whether cell `row` holds a value, from the validity bitmap (`offset`: the data's first bit); null: all do. */
function validityOf(data: Data): ((row: number) => boolean) | null {
  const bitmap = data.nullBitmap as Uint8Array | undefined;
  if (data.nullCount === 0 || bitmap === undefined || bitmap.length === 0) return null;
  const offset = data.offset;
  return (row) => {
    const bit = offset + row;
    return ((bitmap[bit >> 3] ?? 0) & (1 << (bit & 7))) !== 0;
  };
}

/** `read`, giving null for null cells. */
function withNulls(data: Data, read: CellReader): CellReader {
  const valid = validityOf(data);
  return valid === null ? read : (row) => (valid(row) ? read(row) : null);
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) > 0x7f) return false;
  return true;
}

/** utf8Strings(data), decoded once per data. Throws NotUtf8Error. */
function cachedUtf8Strings(data: Data, cache: StringCache): (string | null)[] {
  let strings = cache.get(data);
  if (strings === undefined) {
    strings = utf8Strings(data);
    cache.set(data, strings);
  }
  return strings;
}

/**
 * A reader for a plain Utf8 column that makes no string until a row is read: ids are read only for rows
 * that take the feature path, so a clean file never turns its million ids into strings. ASCII data are
 * decoded as one string on first use and cut per row; other data are checked and decoded at once (a
 * file that is not UTF-8 is refused as a whole, as its GeoJSON form is).
 */
function utf8Reader(data: Data, cache: StringCache): CellReader {
  const cached = cache.get(data);
  if (cached !== undefined) return (row) => cached[row] ?? null;
  const bytes = data.values as Uint8Array;
  if (!isAscii(bytes)) {
    const strings = cachedUtf8Strings(data, cache);
    return (row) => strings[row] ?? null;
  }
  const offsets = data.valueOffsets as Int32Array;
  let whole: string | null = null;
  return withNulls(data, (row) => {
    whole ??= latin1.decode(bytes);
    return whole.slice(offsets[row] ?? 0, offsets[row + 1] ?? 0);
  });
}

/** The id column as UTF-8 bytes (checked to be UTF-8), or null when it is absent or not Utf8. */
function utf8Column(batch: RecordBatch, name: ColumnarEventColumn, cache: StringCache): Utf8Column | null {
  const data: Data | undefined = batch.getChild(name)?.data[0];
  if (data === undefined || !DataType.isUtf8(data.type)) return null;
  const bytes = data.values as Uint8Array;
  // Throws NotUtf8Error for bytes that are not UTF-8 (ASCII always is).
  if (!isAscii(bytes)) cachedUtf8Strings(data, cache);
  return { bytes, offsets: data.valueOffsets as Int32Array, valid: validityOf(data) };
}

/**
 * Strings of a Utf8 column. All-ASCII data (ids, in practice) are decoded once and cut into substrings:
 * a TextDecoder call per value costs about 1 µs, a million ids a second.
 */
function utf8Strings(data: Data): (string | null)[] {
  const offsets = data.valueOffsets as Int32Array;
  const bytes = data.values as Uint8Array;
  const out = new Array<string | null>(data.length);
  const valid = validityOf(data) ?? (() => true);
  // Arrow slices offsets and values with the data; only the validity bitmap is read through `offset`.
  if (isAscii(bytes)) {
    const whole = new TextDecoder('latin1').decode(bytes);
    for (let r = 0; r < data.length; r++)
      out[r] = valid(r) ? whole.slice(offsets[r] ?? 0, offsets[r + 1] ?? 0) : null;
    return out;
  }
  try {
    for (let r = 0; r < data.length; r++)
      out[r] = valid(r) ? utf8.decode(bytes.subarray(offsets[r] ?? 0, offsets[r + 1] ?? 0)) : null;
  } catch {
    throw new NotUtf8Error();
  }
  return out;
}

/** The strings of a dictionary, decoded once per dictionary (the file form shares it between batches). */
function dictionaryStrings(dictionary: Data, cache: StringCache): (string | null)[] | null {
  return DataType.isUtf8(dictionary.type) ? cachedUtf8Strings(dictionary, cache) : null;
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

const NO_CODES: TextColumnCodes = { strings: [], codeAt: () => -1 };

/**
 * A text column as dictionary entries and row codes (a plain Utf8 column is its own dictionary, one
 * entry per row); null when the column is another type (then the batch takes the row path).
 */
function textCodes(batch: RecordBatch, name: string, cache: StringCache): TextColumnCodes | null {
  const vector: Vector | null = batch.getChild(name);
  if (vector === null) return NO_CODES;
  const data: Data | undefined = vector.data[0];
  if (data === undefined) return NO_CODES;
  const type = data.type;
  if (DataType.isDictionary(type) && data.dictionary !== undefined && data.dictionary.data.length === 1) {
    const dictData: Data | undefined = data.dictionary.data[0];
    const strings = dictData === undefined ? null : dictionaryStrings(dictData, cache);
    if (strings === null) return null;
    const indices = data.values as ArrayLike<number>;
    const valid = validityOf(data);
    return {
      strings,
      codeAt:
        valid === null ? (row) => indices[row] ?? -1 : (row) => (valid(row) ? (indices[row] ?? -1) : -1),
    };
  }
  if (DataType.isUtf8(type)) {
    const strings = cachedUtf8Strings(data, cache);
    return { strings, codeAt: (row) => (strings[row] === null ? -1 : row) };
  }
  return null;
}

/** The columns of a batch for the column-wise rows, or null when a text column has another type. */
function batchColumns(batch: RecordBatch, r: BatchReaders, cache: StringCache): ColumnarBatchColumns | null {
  const text = (name: ColumnarEventColumn): TextColumnCodes | null => textCodes(batch, name, cache);
  const kind = text('kind');
  const date = text('date');
  const route = text('route');
  const routeName = text('routeName');
  const site = text('site');
  const outcome = text('outcome');
  const nationalities = text('nationalities');
  const originCountry = text('origin_country');
  const agency = text('agency');
  const source = text('source');
  const confidence = text('confidence');
  if (
    kind === null ||
    date === null ||
    route === null ||
    routeName === null ||
    site === null ||
    outcome === null ||
    nationalities === null ||
    originCountry === null ||
    agency === null ||
    source === null ||
    confidence === null
  )
    return null;
  return {
    id: utf8Column(batch, 'id', cache),
    people: r.people,
    boats: r.boats,
    crew: r.crew,
    deaths: r.deaths,
    records: r.records,
    lon: r.lon,
    lat: r.lat,
    kind,
    date,
    route,
    routeName,
    site,
    outcome,
    nationalities,
    origin_country: originCountry,
    agency,
    source,
    confidence,
  };
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
      const columns = batch === undefined ? null : batchColumns(batch, r, cache);
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
