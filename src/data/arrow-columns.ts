// Access to the columns of one Arrow record batch for the columnar reader: text decoded once per Arrow
// data (dictionaries, plain Utf8 columns), ids as UTF-8 bytes, and, for the column-wise rows, text
// columns as dictionary entries and numbers filled chunk by chunk into typed arrays (one native copy per
// column and chunk instead of a closure call per cell).
import { DataType, Precision, type Data, type RecordBatch, type Vector } from 'apache-arrow';
import { isAsciiBytes } from './decode-text';
import type { ColumnarEventColumn } from './columnar-events-format';
import type {
  ColumnarBatchColumns,
  NumberColumn,
  TextColumnCodes,
  Utf8Column,
} from './validate-columnar-rows';

/** Reads value `row` of one column of one batch (null when the cell is null). */
export type CellReader = (row: number) => unknown;

/** Decoded text per Arrow data (dictionaries, plain Utf8 columns), so no column is decoded twice. */
export type StringCache = Map<Data, (string | null)[]>;

/** A string column that is not UTF-8 (the GeoJSON form refuses such a file as a whole, and so does this). */
export class NotUtf8Error extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** Whether cell `row` holds a value, from the validity bitmap (`offset`: the data's first bit); null: all do. */
export function validityOf(data: Data): ((row: number) => boolean) | null {
  const bitmap = data.nullBitmap as Uint8Array | undefined;
  if (data.nullCount === 0 || bitmap === undefined || bitmap.length === 0) return null;
  const offset = data.offset;
  return (row) => {
    const bit = offset + row;
    return ((bitmap[bit >> 3] ?? 0) & (1 << (bit & 7))) !== 0;
  };
}

/** `read`, giving null for null cells. */
export function withNulls(data: Data, read: CellReader): CellReader {
  const valid = validityOf(data);
  return valid === null ? read : (row) => (valid(row) ? read(row) : null);
}

/**
 * Strings of a Utf8 column. All-ASCII data are decoded once and cut into substrings: a TextDecoder call
 * per value costs about 1 µs, a million values a second.
 */
function utf8Strings(data: Data): (string | null)[] {
  const offsets = data.valueOffsets as Int32Array;
  const bytes = data.values as Uint8Array;
  const out = new Array<string | null>(data.length);
  const valid = validityOf(data) ?? (() => true);
  // Arrow slices offsets and values with the data; only the validity bitmap is read through `offset`.
  if (isAsciiBytes(bytes)) {
    const whole = latin1.decode(bytes);
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
export function utf8Reader(data: Data, cache: StringCache): CellReader {
  const cached = cache.get(data);
  if (cached !== undefined) return (row) => cached[row] ?? null;
  const bytes = data.values as Uint8Array;
  if (!isAsciiBytes(bytes)) {
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

/** The strings of a dictionary, decoded once per dictionary (the file form shares it between batches). */
export function dictionaryStrings(dictionary: Data, cache: StringCache): (string | null)[] | null {
  return DataType.isUtf8(dictionary.type) ? cachedUtf8Strings(dictionary, cache) : null;
}

/** The first data of column `name`, when the batch has it. */
function columnData(batch: RecordBatch, name: ColumnarEventColumn): Data | undefined {
  const vector: Vector | null = batch.getChild(name);
  return vector?.data[0];
}

/** A column as UTF-8 bytes (checked to be UTF-8), or null when it is absent or not Utf8. */
function utf8Column(batch: RecordBatch, name: ColumnarEventColumn, cache: StringCache): Utf8Column | null {
  const data = columnData(batch, name);
  if (data === undefined || !DataType.isUtf8(data.type)) return null;
  const bytes = data.values as Uint8Array;
  // Throws NotUtf8Error for bytes that are not UTF-8 (ASCII always is).
  if (!isAsciiBytes(bytes)) cachedUtf8Strings(data, cache);
  return { bytes, offsets: data.valueOffsets as Int32Array, valid: validityOf(data) };
}

/** Sets out[r - from] to -1 for the null cells of rows from … to - 1. */
function markNulls(
  valid: ((row: number) => boolean) | null,
  from: number,
  to: number,
  out: Int32Array,
): void {
  if (valid === null) return;
  for (let r = from; r < to; r++) if (!valid(r)) out[r - from] = -1;
}

const NO_CODES: TextColumnCodes = { strings: [], fillCodes: (from, to, out) => out.fill(-1, 0, to - from) };

/**
 * A text column as dictionary entries and row codes (a plain Utf8 column is its own dictionary, one
 * entry per row); null when the column is another type (then the batch takes the row path).
 */
function textCodes(
  batch: RecordBatch,
  name: ColumnarEventColumn,
  cache: StringCache,
): TextColumnCodes | null {
  const data = columnData(batch, name);
  if (data === undefined) return NO_CODES;
  const type = data.type;
  const valid = validityOf(data);
  if (DataType.isDictionary(type) && data.dictionary !== undefined && data.dictionary.data.length === 1) {
    const dictData: Data | undefined = data.dictionary.data[0];
    const strings = dictData === undefined ? null : dictionaryStrings(dictData, cache);
    const indices = data.values as unknown;
    // 64-bit indices would need a loop of their own; such files take the row path.
    if (strings === null || indices instanceof BigInt64Array || indices instanceof BigUint64Array)
      return null;
    const codes = indices as Int32Array;
    return {
      strings,
      fillCodes: (from, to, out) => {
        // One native copy (any integer width into Int32), then the nulls.
        out.set(codes.subarray(from, to));
        markNulls(valid, from, to, out);
      },
    };
  }
  if (DataType.isUtf8(type)) {
    const strings = cachedUtf8Strings(data, cache);
    return {
      strings,
      fillCodes: (from, to, out) => {
        for (let r = from; r < to; r++) out[r - from] = r;
        markNulls(valid, from, to, out);
      },
    };
  }
  return null;
}

/** What a number column fills in for a null or absent cell, and for any value no rule accepts. */
const NULL_NUMBER = NaN;
const REFUSED_NUMBER = Infinity;

/**
 * A number column, chunk by chunk: finite numbers as they are, null cells (and an absent column) as NaN,
 * anything else (a non-finite number, a value that is not a number) as Infinity, which every count and
 * coordinate rule refuses, so such a row takes the feature path and is judged there on its own value.
 */
function numberColumn(batch: RecordBatch, name: ColumnarEventColumn): NumberColumn {
  const vector: Vector | null = batch.getChild(name);
  const data: Data | undefined = vector?.data[0];
  if (vector === null || data === undefined)
    return { fill: (from, to, out) => out.fill(NULL_NUMBER, 0, to - from) };
  const type = data.type;
  const valid = validityOf(data);
  const withNullsIn = (from: number, to: number, out: Float64Array): void => {
    if (valid === null) return;
    for (let r = from; r < to; r++) if (!valid(r)) out[r - from] = NULL_NUMBER;
  };
  const values = data.values as unknown;
  if (values instanceof BigInt64Array || values instanceof BigUint64Array) {
    return {
      fill: (from, to, out) => {
        for (let r = from; r < to; r++) out[r - from] = Number(values[r] ?? 0);
        withNullsIn(from, to, out);
      },
    };
  }
  // Half floats are stored as bits: Arrow's own reader (the generic case) turns them into numbers.
  const half = DataType.isFloat(type) && type.precision === Precision.HALF;
  if ((DataType.isInt(type) || DataType.isFloat(type)) && !half) {
    const numbers = values as Float64Array;
    const float = DataType.isFloat(type);
    return {
      fill: (from, to, out) => {
        out.set(numbers.subarray(from, to));
        if (float) for (let k = 0; k < to - from; k++) if (!Number.isFinite(out[k])) out[k] = REFUSED_NUMBER;
        withNullsIn(from, to, out);
      },
    };
  }
  return {
    fill: (from, to, out) => {
      for (let r = from; r < to; r++) {
        const value: unknown = vector.get(r);
        out[r - from] =
          value === null || value === undefined
            ? NULL_NUMBER
            : typeof value === 'number' && Number.isFinite(value)
              ? value
              : REFUSED_NUMBER;
      }
    },
  };
}

/** The columns of a batch for the column-wise rows, or null when a text column has another type. */
export function batchColumns(batch: RecordBatch, cache: StringCache): ColumnarBatchColumns | null {
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
    length: batch.numRows,
    id: utf8Column(batch, 'id', cache),
    people: numberColumn(batch, 'people'),
    boats: numberColumn(batch, 'boats'),
    crew: numberColumn(batch, 'crew'),
    deaths: numberColumn(batch, 'deaths'),
    records: numberColumn(batch, 'records'),
    lon: numberColumn(batch, 'lon'),
    lat: numberColumn(batch, 'lat'),
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
