// One chunk of split CSV rows (split-delimited-bytes.ts) under a mapping, as the columns the columnar
// validator reads (validate-columnar-rows.ts): each field's values exactly as convert-row.ts would put
// them into the row's feature object, but as dictionary codes. A text column's cells are interned by
// their bytes, so the mapping's conversion runs once per distinct cell text in the chunk; counts and
// coordinates are read from their digits. Cells the fast readers do not take are converted as text
// by convert-values.ts, so every value is the one convertRow gives.
import type {
  ColumnarBatchColumns,
  NumberColumn,
  TextColumnCodes,
  Utf8Column,
} from '@/data/validate-columnar-rows';
import { convertDate } from './convert-date';
import { makeTextMapper, routeIdOf, textOf, UNKNOWN_ROUTE_ID, UNKNOWN_ROUTE_NAME } from './convert-row';
import {
  convertCount,
  convertCountry,
  convertDegrees,
  convertNationalities,
  convertVocabulary,
} from './convert-values';
import type { FieldSource, ImportField, ImportMapping } from './import-mapping';
import { textOfBytes } from '@/data/decode-text';
import type { ByteRows } from './split-delimited-bytes';

/** The fields read as text, each distinct cell text converted once per chunk. */
type TextField =
  | 'kind'
  | 'outcome'
  | 'confidence'
  | 'date'
  | 'route'
  | 'routeName'
  | 'site'
  | 'originCountry'
  | 'agency'
  | 'source'
  | 'nationality';
/** A raw cell: its text, or undefined for a cell the row does not have (as a getter gives it). */
type RawCell = string | undefined;
/** A field's value from one raw cell, as convertRow puts it into the feature (null: absent). */
type Convert = (raw: RawCell) => string | null;

/** The cells of one column interned by their bytes: a code per row (−1: no cell) and each code's text. */
interface InternedColumn {
  readonly codes: Int32Array;
  readonly texts: readonly string[];
}

/**
 * A 32-bit hash of bytes from … to − 1, four bytes a step (a cell is mostly a few words). Each step
 * folds the high bits down, so the low bits the table uses depend on every byte.
 */
function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let hash = 0x811c9dc5 ^ (to - from);
  let i = from;
  for (; i + 4 <= to; i += 4) {
    const word =
      (bytes[i] ?? 0) |
      ((bytes[i + 1] ?? 0) << 8) |
      ((bytes[i + 2] ?? 0) << 16) |
      ((bytes[i + 3] ?? 0) << 24);
    hash = Math.imul(hash ^ word, 0x5bd1e995);
    hash ^= hash >>> 15;
  }
  for (; i < to; i++) hash = Math.imul(hash ^ (bytes[i] ?? 0), 0x01000193);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

function sameBytes(bytes: Uint8Array, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
}

/** Interns column `column` of the chunk: open addressing over the cells' bytes, texts decoded once. */
function internColumn(rows: ByteRows, column: number, scratch: InternScratch): InternedColumn {
  const { bytes, length } = rows;
  const cellFrom = rows.cellFrom[column] ?? new Int32Array(length).fill(-1);
  const cellTo = rows.cellTo[column] ?? cellFrom;
  const slots = scratch.slotsFor(length);
  const mask = slots.length - 1;
  const codes = new Int32Array(length);
  const texts: string[] = [];
  // Where each code's first cell is (its bytes are compared with a new cell's).
  const starts = scratch.starts(length);
  const ends = scratch.ends(length);
  for (let r = 0; r < length; r++) {
    const from = cellFrom[r] ?? -1;
    if (from < 0) {
      codes[r] = -1;
      continue;
    }
    const to = cellTo[r] ?? from;
    const cellLength = to - from;
    let slot = hashBytes(bytes, from, to) & mask;
    let code = slots[slot] ?? -1;
    while (code >= 0) {
      const start = starts[code] ?? 0;
      if ((ends[code] ?? 0) - start === cellLength && sameBytes(bytes, start, from, cellLength)) break;
      slot = (slot + 1) & mask;
      code = slots[slot] ?? -1;
    }
    if (code < 0) {
      code = texts.length;
      slots[slot] = code;
      texts.push(textOfBytes(bytes, from, to));
      starts[code] = from;
      ends[code] = to;
    }
    codes[r] = code;
  }
  return { codes, texts };
}

/** Tables internColumn reuses from column to column and chunk to chunk. */
class InternScratch {
  private slots = new Int32Array(0);
  private startAt = new Int32Array(0);
  private endAt = new Int32Array(0);
  /** An empty hash table with at least twice `rows` slots. */
  slotsFor(rows: number): Int32Array {
    let size = 16;
    while (size < rows * 2) size *= 2;
    if (this.slots.length !== size) this.slots = new Int32Array(size);
    return this.slots.fill(-1);
  }
  starts(rows: number): Int32Array {
    if (this.startAt.length < rows) this.startAt = new Int32Array(rows);
    return this.startAt;
  }
  ends(rows: number): Int32Array {
    if (this.endAt.length < rows) this.endAt = new Int32Array(rows);
    return this.endAt;
  }
}

/** A text field's column: its dictionary and a code per row of the chunk. */
function textColumn(strings: readonly (string | null)[], codes: Int32Array): TextColumnCodes {
  return {
    strings,
    fillCodes: (from, to, out) => out.set(codes.subarray(from, to)),
  };
}

function numberColumn(values: Float64Array): NumberColumn {
  return { fill: (from, to, out) => out.set(values.subarray(from, to)) };
}

/** A converted count or coordinate as a NumberColumn value: numbers as they are, absent NaN, text ∞. */
const numberValue = (value: unknown): number =>
  typeof value === 'number' ? value : value === null || value === undefined ? NaN : Infinity;

/** Digits from … to − 1 as a whole number (1 to 15 digits: exact), or NaN when the cell is not that. */
function readDigits(bytes: Uint8Array, from: number, to: number): number {
  if (to <= from || to - from > 15) return NaN;
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = (bytes[i] ?? 0) - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A decimal "-ddd.ddd" (at most 15 digits) as Number() reads it, or NaN when the cell is not that. The
 * digits as a whole number are exact below 2^53 and so is 10^k (k ≤ 22): one IEEE division of two exact
 * values is the correctly rounded quotient, which is what Number() gives for the text.
 */
function readDecimal(bytes: Uint8Array, from: number, to: number): number {
  let i = from;
  const negative = bytes[i] === 0x2d;
  if (negative) i++;
  let value = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < to; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0x2e && fraction < 0 && digits > 0) {
      fraction = 0;
      continue;
    }
    const digit = b - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
    digits++;
    if (fraction >= 0) fraction++;
  }
  if (digits === 0 || digits > 15 || fraction === 0) return NaN;
  const scaled = fraction > 0 ? value / (POWERS_OF_TEN[fraction] ?? 1) : value;
  return negative ? -scaled : scaled;
}

/** Where each field of the mapping comes from in the chunk's rows. */
interface FieldPlan {
  /** Column index per field (−1: constant or unknown). */
  readonly column: Readonly<Record<ImportField, number>>;
  readonly constant: Readonly<Partial<Record<ImportField, string>>>;
  readonly mapped: Readonly<Record<ImportField, boolean>>;
}

function planFields(mapping: ImportMapping, header: readonly string[]): FieldPlan {
  const column = {} as Record<ImportField, number>;
  const constant: Partial<Record<ImportField, string>> = {};
  const mapped = {} as Record<ImportField, boolean>;
  for (const field of Object.keys(mapping.fields) as ImportField[]) {
    const source: FieldSource = mapping.fields[field];
    mapped[field] = !('unknown' in source);
    // A column the header lacks reads as a missing cell on every row (makeGetter), as does −2 here.
    column[field] = 'column' in source ? header.indexOf(source.column) : -1;
    if ('column' in source && column[field] < 0) column[field] = -2;
    if ('constant' in source) constant[field] = source.constant;
  }
  return { column, constant, mapped };
}

/**
 * Makes the chunk readers of one import, or null when the mapping places or names rows in a way these
 * columns do not take (coordinates other than two columns; no site column, whose grid cells are per row).
 */
export function makeCsvColumnReader(
  mapping: ImportMapping,
  header: readonly string[],
): ((rows: ByteRows) => ColumnarBatchColumns) | null {
  if (mapping.coordinates !== 'columns') return null;
  const plan = planFields(mapping, header);
  if (!plan.mapped.site) return null;
  const maps = mapping.valueMaps;
  const text = (field: ImportField): Convert => {
    const mapText = makeTextMapper(maps[field]);
    return (raw) => {
      const t = textOf(raw);
      return t === null ? null : mapText(t);
    };
  };
  const vocabulary = (field: 'kind' | 'outcome' | 'confidence'): Convert => {
    const map = maps[field];
    return (raw) => {
      const value = convertVocabulary(raw, field, map);
      return typeof value === 'string' ? value : null;
    };
  };
  const originText = text('originCountry');
  /** The text fields' conversions, from a raw cell to the feature's value. */
  const convert: Readonly<Record<TextField, Convert>> = {
    kind: vocabulary('kind'),
    outcome: vocabulary('outcome'),
    confidence: vocabulary('confidence'),
    date: (raw) => {
      const value = convertDate(raw, mapping.dateFormat);
      return typeof value === 'string' ? value : null;
    },
    route: text('route'),
    routeName: text('routeName'),
    site: text('site'),
    originCountry: (raw) => {
      const t = originText(raw);
      return t === null ? null : convertCountry(t, maps.originCountry);
    },
    agency: text('agency'),
    source: text('source'),
    // The raw text: the validator converts it per distinct text (nationalityEntries below).
    nationality: (raw) => (raw === undefined ? null : raw),
  };

  const scratch = new InternScratch();
  return (rows) => {
    const { bytes, length } = rows;
    const interned = new Map<number, InternedColumn>();
    const noCells = new Int32Array(length).fill(-1);
    const constantCodes = new Int32Array(length);
    /** The raw texts and codes of a field's column (a constant: one text on every row; unknown: none). */
    const rawOf = (field: ImportField): InternedColumn => {
      const at = plan.column[field];
      if (at >= 0) {
        let column = interned.get(at);
        if (column === undefined) {
          column = internColumn(rows, at, scratch);
          interned.set(at, column);
        }
        return column;
      }
      const constant = plan.constant[field];
      return constant !== undefined
        ? { texts: [constant], codes: constantCodes }
        : { texts: [], codes: noCells };
    };
    /** A text field's values, each distinct raw text converted once (an unknown field: null on every row). */
    const field = (name: TextField): TextColumnCodes => {
      const raw = rawOf(name);
      return textColumn(raw.texts.map(convert[name]), raw.codes);
    };

    const kindRaw = rawOf('kind');
    const kind = textColumn(kindRaw.texts.map(convert.kind), kindRaw.codes);
    const routeRaw = rawOf('route');
    // Without a route column every row is on the unknown route (convertRow).
    const route = plan.mapped.route
      ? textColumn(
          routeRaw.texts.map((raw) => {
            const t = convert.route(raw);
            return t === null ? null : routeIdOf(t);
          }),
          routeRaw.codes,
        )
      : textColumn([UNKNOWN_ROUTE_ID], constantCodes);
    const routeCodes = plan.mapped.route ? routeRaw.codes : constantCodes;

    // The route name: the routeName cell when it has text, else the route's own name (its text when
    // that is not already its id; "Route not given" without a route column), per convertRow.
    const nameRaw = rawOf('routeName');
    const names = nameRaw.texts.map(convert.routeName);
    const derived: (string | null)[] = plan.mapped.route
      ? routeRaw.texts.map((raw, code) => {
          const t = convert.route(raw);
          return t !== null && route.strings[code] !== t ? t : null;
        })
      : [UNKNOWN_ROUTE_NAME];
    const nullRouteSlot = names.length + derived.length;
    const nameCodes = new Int32Array(length);
    for (let r = 0; r < length; r++) {
      const own = nameRaw.codes[r] ?? -1;
      if (own >= 0 && names[own] !== null) nameCodes[r] = own;
      else {
        const rc = routeCodes[r] ?? -1;
        nameCodes[r] = rc >= 0 ? names.length + rc : nullRouteSlot;
      }
    }
    const routeName = textColumn([...names, ...derived, null], nameCodes);

    // An interception whose outcome is not given has the outcome "unknown" (convertRow); a departure none.
    const outcomeRaw = rawOf('outcome');
    const outcomes = outcomeRaw.texts.map(convert.outcome);
    const unknownSlot = outcomes.length;
    const outcomeCodes = new Int32Array(length);
    for (let r = 0; r < length; r++) {
      const own = outcomeRaw.codes[r] ?? -1;
      if (own >= 0 && outcomes[own] !== null) outcomeCodes[r] = own;
      else {
        const k = kindRaw.codes[r] ?? -1;
        outcomeCodes[r] = k >= 0 && kind.strings[k] === 'interception' ? unknownSlot : -1;
      }
    }
    const outcome = textColumn([...outcomes, 'unknown'], outcomeCodes);

    /**
     * A number field per row: `fast` reads the cell's bytes (NaN when it cannot), any other cell goes
     * through `slow` (convert-values.ts) as text; a constant is converted once.
     */
    const numbers = (
      name: ImportField,
      fast: (bytes: Uint8Array, from: number, to: number) => number,
      slow: (raw: unknown) => unknown,
    ): Float64Array => {
      const values = new Float64Array(length).fill(NaN);
      if (!plan.mapped[name]) return values;
      const at = plan.column[name];
      if (at < 0) return values.fill(numberValue(slow(plan.constant[name])));
      const cellFrom = rows.cellFrom[at] ?? noCells;
      const cellTo = rows.cellTo[at] ?? noCells;
      for (let r = 0; r < length; r++) {
        const from = cellFrom[r] ?? -1;
        if (from < 0) continue;
        const to = cellTo[r] ?? from;
        const value = fast(bytes, from, to);
        values[r] = value === value ? value : numberValue(slow(textOfBytes(bytes, from, to)));
      }
      return values;
    };
    const people = numbers('people', readDigits, convertCount);
    const boats = numbers('boats', readDigits, convertCount);
    const crew = numbers('crew', readDigits, convertCount);
    const deaths = new Float64Array(length).fill(NaN);
    if (plan.mapped.deaths || plan.mapped.missing) {
      const dead = numbers('deaths', readDigits, convertCount);
      const missing = numbers('missing', readDigits, convertCount);
      // addCounts in NumberColumn values (NaN: absent, ∞: text): one absent gives the other, a text stays.
      for (let r = 0; r < length; r++) {
        const a = dead[r] ?? NaN;
        const b = missing[r] ?? NaN;
        deaths[r] = a !== a ? b : b !== b ? a : a === Infinity || b === Infinity ? Infinity : a + b;
      }
    }

    return {
      length,
      id: idColumn(rows, plan.mapped.id ? plan.column.id : -1),
      people: numberColumn(people),
      boats: numberColumn(boats),
      crew: numberColumn(crew),
      deaths: numberColumn(deaths),
      records: numberColumn(new Float64Array(length).fill(NaN)),
      lon: numberColumn(numbers('lon', readDecimal, convertDegrees)),
      lat: numberColumn(numbers('lat', readDecimal, convertDegrees)),
      kind,
      date: field('date'),
      route,
      routeName,
      site: field('site'),
      outcome,
      nationalities: field('nationality'),
      origin_country: field('originCountry'),
      agency: field('agency'),
      source: field('source'),
      confidence: field('confidence'),
      nationalityEntries: (value) => convertNationalities(value, maps.nationality),
    };
  };
}

const isEdgeByte = (b: number): boolean => b <= 0x20 || b >= 0x80;

/**
 * The id cells as one UTF-8 column; a cell that trim() might change (white space or any byte past ASCII
 * at either end) or that is missing is not valid here, so its row takes the row path.
 */
function idColumn(rows: ByteRows, column: number): Utf8Column | null {
  if (column < 0) return null;
  const { bytes, length } = rows;
  const cellFrom = rows.cellFrom[column];
  const cellTo = rows.cellTo[column];
  if (cellFrom === undefined || cellTo === undefined) return null;
  const offsets = new Int32Array(length + 1);
  const valid = new Uint8Array(length);
  let total = 0;
  for (let r = 0; r < length; r++) {
    const from = cellFrom[r] ?? -1;
    if (from >= 0) total += (cellTo[r] ?? from) - from;
  }
  const ids = new Uint8Array(total);
  let at = 0;
  for (let r = 0; r < length; r++) {
    offsets[r] = at;
    const from = cellFrom[r] ?? -1;
    if (from < 0) continue;
    const to = cellTo[r] ?? from;
    if (to > from && !isEdgeByte(bytes[from] ?? 0) && !isEdgeByte(bytes[to - 1] ?? 0)) {
      for (let i = from; i < to; i++) ids[at++] = bytes[i] ?? 0;
      valid[r] = 1;
    }
  }
  offsets[length] = at;
  return { bytes: ids, offsets, valid: (row) => valid[row] === 1 };
}
