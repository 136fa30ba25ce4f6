// The elements of a FeatureCollection's `features` array, read from the file's UTF-8 bytes in batches as the
// columns the column-wise validator reads (validate-columnar-rows.ts), without building a parse tree.
// JSON.parse of a 100k-event file builds about a million objects and strings, and their collection
// costs as much again; here a feature costs its characters once, and each distinct text value one string
// per batch (bytes, not UTF-16 text: a byte load is cheaper than charCodeAt, and the file is bytes to
// begin with). A feature of the usual shape (a Point, flat properties, strings without escapes) is read
// into the columns; any other element (escapes, other geometry, a value of another type, a repeated
// key, a non-object) is only checked as JSON and marked, and the caller parses that element alone and
// validates its object as before. Every byte is checked against the JSON grammar; text that is not
// JSON, or nests deeper than MAX_SCAN_DEPTH, ends the scan (SCAN_ABANDONED), and the caller falls back to
// JSON.parse of the whole text, which locates the error.
//
// Written by hand because no JSON library reads values into typed columns: a streaming tokenizer would
// still make a string per key and value.
import { keepShape } from './keep-shape';
import { MAX_ID_LENGTH } from './format-limits';
import { ByteSpanInterner, finishSpanHash, hashSpan, SPAN_HASH_SEED } from './byte-span-interner';
import { textOfBytes } from './decode-text';
import type {
  ColumnarBatchColumns,
  NumberColumn,
  TextColumnCodes,
  Utf8Column,
} from './validate-columnar-rows';

/** Returned by scanBatch when the text is not JSON or nests too deep. */
export const SCAN_ABANDONED = -1;

/** Deepest nesting checked inside one element; deeper text is left to JSON.parse (and its limit). */
const MAX_SCAN_DEPTH = 64;

/** A feature not of the usual shape (its element is parsed alone). */
const NOT_FAST = -2;
/** Text that is not JSON. */
const BAD = -1;

/** Property fields held as text, in column order. */
const TEXT_FIELDS = [
  'kind',
  'date',
  'route',
  'routeName',
  'site',
  'outcome',
  'origin_country',
  'agency',
  'source',
  'confidence',
  'nationalities',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const NATIONALITIES = TEXT_FIELDS.indexOf('nationalities');

/** Property fields held as numbers, in column order. */
const NUMBER_FIELDS = ['people', 'boats', 'crew', 'deaths', 'records'] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
const BOATS = NUMBER_FIELDS.indexOf('boats');

/** Field numbers: the id, then the text fields, then the number fields. */
const ID_FIELD = 0;
const FIRST_TEXT = 1;
const FIRST_NUMBER = FIRST_TEXT + TEXT_FIELDS.length;
const FIELD_NAMES: readonly string[] = ['id', ...TEXT_FIELDS, ...NUMBER_FIELDS];

/** Field numbers of property names, grouped by name length (a key is matched by length, then text). */
const FIELDS_BY_LENGTH: readonly (readonly number[])[] = (() => {
  const groups: number[][] = [];
  FIELD_NAMES.forEach((name, field) => (groups[name.length] ??= []).push(field));
  return Array.from({ length: groups.length }, (_, n) => groups[n] ?? []);
})();

/** Bound of a column's score of repeated values (a few rows of another kind turn it). */
const MAX_REPEAT_SCORE = 8;

/** Exact powers of ten up to 10^22 (a quotient of two exact doubles is correctly rounded). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** Most significant digits read as an integer exactly (below 2^53). */
const MAX_EXACT_DIGITS = 15;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

function isDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= DIGIT_9;
}

/** A batch of scanned elements: the validator's columns, and per element its text span and shape. */
export interface FeatureTextBatch {
  readonly columns: ColumnarBatchColumns;
  /** Elements in the batch. */
  readonly length: number;
  /** 1 where the element was read into the columns; 0: parse text[from, to) alone. */
  readonly fast: Uint8Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
}

export class FeatureTextScanner {
  private readonly bytes: Uint8Array;
  private pos: number;
  private ended = false;
  private started = false;
  private readonly capacity: number;
  private readonly codes: Int32Array[];
  private readonly numbers: Float64Array[];
  private readonly lon: Float64Array;
  private readonly lat: Float64Array;
  private readonly interners: ByteSpanInterner[];
  private idBytes = new Uint8Array(1 << 16);
  private readonly idOffsets: Int32Array;
  private readonly fast: Uint8Array;
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  /** Set by scanPlainString: the finished hash of the last string's characters. */
  private hash = 0;
  /** Set by scanNumber: the value of the last number (a double from the start: see keepShape below). */
  private value = NaN;
  /** Id bytes used in the batch. */
  private idLength = 0;
  /** Per property field (last slot: the start), the field that followed it in the last feature (-1: none). */
  private readonly nextField = new Int8Array(FIELD_NAMES.length + 1).fill(-1);
  /** Nationality code texts, kept across batches (a file has few). */
  private readonly natCodes: ByteSpanInterner;
  /** Per text column, the code of the last string value read (-1: none). */
  private readonly lastCodes = new Int32Array(TEXT_FIELDS.length).fill(-1);
  /** Per text column, repeats of the last value minus changes, within ±MAX_REPEAT_SCORE (< 0: not tried). */
  private readonly repeats = new Int8Array(TEXT_FIELDS.length);

  /** Scans the elements of the array whose '[' is just before offset `start` of `bytes` (well-formed UTF-8). */
  constructor(bytes: Uint8Array, start: number, capacity: number) {
    this.bytes = bytes;
    this.pos = start;
    this.capacity = capacity;
    this.codes = TEXT_FIELDS.map(() => new Int32Array(capacity));
    this.numbers = NUMBER_FIELDS.map(() => new Float64Array(capacity));
    this.lon = new Float64Array(capacity);
    this.lat = new Float64Array(capacity);
    // The nationalities' entries are values built from their spans (nationalityValue), not texts.
    this.interners = TEXT_FIELDS.map((field) => new ByteSpanInterner(bytes, field !== 'nationalities'));
    this.natCodes = new ByteSpanInterner(bytes);
    this.idOffsets = new Int32Array(capacity + 1);
    this.fast = new Uint8Array(capacity);
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
  }

  /** True once the array's closing ']' was read; `end` is then the offset after it. */
  get done(): boolean {
    return this.ended;
  }

  get end(): number {
    return this.pos;
  }

  /**
   * Scans up to `capacity` more elements. Returns how many (0 once done), or SCAN_ABANDONED. The batch's
   * arrays are overwritten by the next call.
   */
  scanBatch(): number {
    if (this.ended) return 0;
    const bytes = this.bytes;
    // Text values keep their entries from batch to batch (each distinct text becomes one string per
    // file); the nationalities, mostly distinct per row, start afresh.
    this.interners[NATIONALITIES]?.reset();
    this.idLength = 0;
    let row = 0;
    let p = skipSpace(bytes, this.pos);
    if (!this.started) {
      this.started = true;
      if (at(bytes, p) === CLOSE_BRACKET) {
        this.ended = true;
        this.pos = p + 1;
        return 0;
      }
    }
    while (row < this.capacity) {
      this.idOffsets[row] = this.idLength;
      let end = at(bytes, p) === OPEN_BRACE ? this.scanFeature(p, row) : NOT_FAST;
      if (end === NOT_FAST || end === BAD) {
        this.idLength = this.idOffsets[row] ?? 0;
        end = skipValue(bytes, p, 0);
        if (end < 0) return SCAN_ABANDONED;
        this.fast[row] = 0;
      } else this.fast[row] = 1;
      this.idOffsets[row + 1] = this.idLength;
      this.from[row] = p;
      this.to[row] = end;
      row++;
      p = skipSpace(bytes, end);
      const c = at(bytes, p);
      if (c === COMMA) p = skipSpace(bytes, p + 1);
      else if (c === CLOSE_BRACKET) {
        this.ended = true;
        p++;
        break;
      } else return SCAN_ABANDONED;
    }
    this.pos = p;
    return row;
  }

  /** The batch just scanned (valid until the next scanBatch). */
  batch(length: number): FeatureTextBatch {
    const textColumn = (field: TextField): TextColumnCodes => {
      const index = TEXT_FIELDS.indexOf(field);
      const codes = this.codes[index] ?? new Int32Array(0);
      const strings = this.interners[index]?.strings ?? [];
      return { strings, fillCodes: (from, to, out) => out.set(codes.subarray(from, to)) };
    };
    const numberColumn = (values: Float64Array): NumberColumn => ({
      fill: (from, to, out) => out.set(values.subarray(from, to)),
    });
    const numberField = (field: NumberField): NumberColumn =>
      numberColumn(this.numbers[NUMBER_FIELDS.indexOf(field)] ?? new Float64Array(0));
    const id: Utf8Column = { bytes: this.idBytes, offsets: this.idOffsets, valid: null };
    const columns: ColumnarBatchColumns = {
      length,
      id,
      people: numberField('people'),
      boats: numberField('boats'),
      crew: numberField('crew'),
      deaths: numberField('deaths'),
      records: numberField('records'),
      lon: numberColumn(this.lon),
      lat: numberColumn(this.lat),
      kind: textColumn('kind'),
      date: textColumn('date'),
      route: textColumn('route'),
      routeName: textColumn('routeName'),
      site: textColumn('site'),
      outcome: textColumn('outcome'),
      nationalities: textColumn('nationalities'),
      origin_country: textColumn('origin_country'),
      agency: textColumn('agency'),
      source: textColumn('source'),
      confidence: textColumn('confidence'),
      nationalityEntries: (_text, code) => this.nationalityValue(code),
    };
    return { columns, length, fast: this.fast, from: this.from, to: this.to };
  }

  /**
   * The nationalities value of entry `code` of the batch, as JSON.parse gives it: built directly when it
   * is a list of `{"code": "…", "people": n}` objects (the usual form), else parsed from its text.
   */
  private nationalityValue(code: number): unknown {
    const interner = this.interners[NATIONALITIES];
    if (interner === undefined) return null;
    const from = interner.spanStart(code);
    const to = interner.spanEnd(code);
    return this.readNationalityList(from) ?? (JSON.parse(textOfBytes(this.bytes, from, to)) as unknown);
  }

  /** The list at `p` when each element is an object of a plain "code" string and a "people" number. */
  private readNationalityList(p: number): unknown[] | null {
    const bytes = this.bytes;
    const list: unknown[] = [];
    p = skipSpace(bytes, p + 1);
    if (at(bytes, p) === CLOSE_BRACKET) return list;
    for (;;) {
      if (at(bytes, p) !== OPEN_BRACE) return null;
      let code: string | null = null;
      let people = NaN;
      let codeFirst = false;
      p = skipSpace(bytes, p + 1);
      for (let member = 0; member < 2; member++) {
        if (at(bytes, p) !== QUOTE) return null;
        const isCode = keyEndIf(bytes, p, CODE) >= 0;
        const keyEnd = isCode ? p + 5 : keyEndIf(bytes, p, PEOPLE);
        if (keyEnd < 0 || (isCode ? code !== null : people === people)) return null;
        p = skipSpace(bytes, keyEnd + 1);
        if (at(bytes, p) !== COLON) return null;
        p = skipSpace(bytes, p + 1);
        if (isCode) {
          if (at(bytes, p) !== QUOTE) return null;
          const end = this.scanPlainString(p);
          if (end < 0) return null;
          code = this.natCodes.strings[this.natCodes.intern(p + 1, end, this.hash)] ?? '';
          codeFirst = member === 0;
          p = end + 1;
        } else {
          p = this.scanNumber(p);
          if (p < 0) return null;
          people = this.value;
        }
        p = skipSpace(bytes, p);
        if (at(bytes, p) !== (member === 0 ? COMMA : CLOSE_BRACE)) return null;
        p = skipSpace(bytes, p + 1);
      }
      // Keys in the file's order, as JSON.parse makes them (a description of the entry shows them so).
      list.push(codeFirst ? { code, people } : { people, code });
      if (at(bytes, p) === CLOSE_BRACKET) return list;
      if (at(bytes, p) !== COMMA) return null;
      p = skipSpace(bytes, p + 1);
    }
  }

  /** Reads the feature object at `p` into row `row`; the offset after it, NOT_FAST or BAD. */
  private scanFeature(p: number, row: number): number {
    for (const codes of this.codes) codes[row] = -1;
    for (const values of this.numbers) values[row] = NaN;
    // Absent boats mean one boat (the format's default), null boats an unknown number (readBoats).
    (this.numbers[BOATS] ?? new Float64Array(0))[row] = 1;
    this.lon[row] = NaN;
    this.lat[row] = NaN;
    return this.scanObject(p, row, FEATURE);
  }

  /**
   * The feature object (`level` FEATURE: type "Feature", geometry, properties) or its geometry (GEOMETRY:
   * type "Point", coordinates) at `p`, members in any order, others checked and skipped; each known member
   * once and all of them, or NOT_FAST.
   */
  private scanObject(p: number, row: number, level: typeof FEATURE | typeof GEOMETRY_LEVEL): number {
    const bytes = this.bytes;
    if (at(bytes, p) !== OPEN_BRACE) return NOT_FAST;
    let seen = 0;
    p = skipSpace(bytes, p + 1);
    if (at(bytes, p) === CLOSE_BRACE) return NOT_FAST;
    for (;;) {
      if (at(bytes, p) !== QUOTE) return BAD;
      const keyEnd = this.scanPlainString(p);
      if (keyEnd < 0) return NOT_FAST;
      const bit = memberBit(bytes, p + 1, keyEnd, level);
      p = skipSpace(bytes, keyEnd + 1);
      if (at(bytes, p) !== COLON) return BAD;
      p = skipSpace(bytes, p + 1);
      if (bit === 0) p = skipValue(bytes, p, level + 1);
      else if (bit === TYPE_BIT) {
        const type = level === FEATURE ? QUOTED_FEATURE : QUOTED_POINT;
        if (!isName(bytes, p, type)) return NOT_FAST;
        p += type.length;
      } else if (level === GEOMETRY_LEVEL) p = this.scanPosition(p, row);
      else p = bit === GEOMETRY_BIT ? this.scanObject(p, row, GEOMETRY_LEVEL) : this.scanProperties(p, row);
      if (p < 0) return p;
      if ((seen & bit) !== 0) return NOT_FAST;
      seen |= bit;
      p = skipSpace(bytes, p);
      const c = at(bytes, p);
      if (c === CLOSE_BRACE) return seen === MEMBERS_OF_LEVEL[level] ? p + 1 : NOT_FAST;
      if (c !== COMMA) return BAD;
      p = skipSpace(bytes, p + 1);
    }
  }

  /** `[lon, lat]`: two numbers exactly (three values, or other types, take the element's parse). */
  private scanPosition(p: number, row: number): number {
    const bytes = this.bytes;
    if (at(bytes, p) !== OPEN_BRACKET) return NOT_FAST;
    p = this.scanNumber(skipSpace(bytes, p + 1));
    if (p < 0) return NOT_FAST;
    this.lon[row] = this.value;
    p = skipSpace(bytes, p);
    if (at(bytes, p) !== COMMA) return NOT_FAST;
    p = this.scanNumber(skipSpace(bytes, p + 1));
    if (p < 0) return NOT_FAST;
    this.lat[row] = this.value;
    p = skipSpace(bytes, p);
    return at(bytes, p) === CLOSE_BRACKET ? p + 1 : NOT_FAST;
  }

  /** The properties object: known fields into the columns, other members checked and skipped. */
  private scanProperties(p: number, row: number): number {
    const bytes = this.bytes;
    if (at(bytes, p) !== OPEN_BRACE) return NOT_FAST;
    let seen = 0;
    let previous = FIELD_NAMES.length;
    p = skipSpace(bytes, p + 1);
    if (at(bytes, p) === CLOSE_BRACE) return p + 1;
    for (;;) {
      if (at(bytes, p) !== QUOTE) return BAD;
      // Files repeat their key order: the key that followed the previous one last time is tried first.
      let field = this.nextField[previous] ?? -1;
      let keyEnd = field < 0 ? -1 : keyEndIf(bytes, p, FIELD_BYTES[field] ?? NULL);
      if (keyEnd < 0) {
        keyEnd = this.scanPlainString(p);
        if (keyEnd < 0) return NOT_FAST;
        field = fieldOf(bytes, p + 1, keyEnd);
        if (field >= 0) this.nextField[previous] = field;
      }
      p = skipSpace(bytes, keyEnd + 1);
      if (at(bytes, p) !== COLON) return BAD;
      p = skipSpace(bytes, p + 1);
      if (field < 0) p = skipValue(bytes, p, 2);
      else {
        // JSON.parse keeps the last of repeated keys; such a feature is left to it.
        if ((seen & (1 << field)) !== 0) return NOT_FAST;
        seen |= 1 << field;
        previous = field;
        p = this.scanField(p, row, field);
      }
      if (p < 0) return p;
      p = skipSpace(bytes, p);
      const c = at(bytes, p);
      if (c === CLOSE_BRACE) return p + 1;
      if (c !== COMMA) return BAD;
      p = skipSpace(bytes, p + 1);
    }
  }

  /** The value of property `field` at `p` into its column. */
  private scanField(p: number, row: number, field: number): number {
    const bytes = this.bytes;
    const c = at(bytes, p);
    if (field === ID_FIELD) return c === QUOTE ? this.scanId(p) : NOT_FAST;
    const isNull = c === 0x6e && isName(bytes, p, NULL);
    if (field >= FIRST_NUMBER) {
      const values = this.numbers[field - FIRST_NUMBER] ?? new Float64Array(0);
      if (isNull) {
        values[row] = NaN;
        return p + 4;
      }
      const end = this.scanNumber(p);
      if (end < 0) return NOT_FAST;
      values[row] = this.value;
      return end;
    }
    const column = field - FIRST_TEXT;
    const codes = this.codes[column] ?? new Int32Array(0);
    if (isNull) {
      codes[row] = -1;
      return p + 4;
    }
    const interner = this.interners[column];
    if (interner === undefined) return NOT_FAST;
    if (column === NATIONALITIES) {
      if (c !== OPEN_BRACKET) return NOT_FAST;
      const end = skipValue(bytes, p, 3);
      if (end < 0) return end;
      codes[row] = interner.intern(p, end, hashSpan(bytes, p, end));
      return end;
    }
    if (c !== QUOTE) return NOT_FAST;
    // The previous row's value is tried first where values repeat from row to row (sources, agencies,
    // kinds); a column where they mostly do not (dates, sites) goes straight to the scan.
    const last = this.lastCodes[column] ?? -1;
    const repeats = this.repeats[column] ?? 0;
    if (last >= 0 && repeats >= 0) {
      const end = interner.endIfEntry(last, p);
      if (end >= 0) {
        codes[row] = last;
        this.repeats[column] = Math.min(repeats + 1, MAX_REPEAT_SCORE);
        return end + 1;
      }
    }
    const end = this.scanPlainString(p);
    if (end < 0) return NOT_FAST;
    const code = interner.intern(p + 1, end, this.hash);
    codes[row] = code;
    this.repeats[column] =
      code === last ? Math.min(repeats + 1, MAX_REPEAT_SCORE) : Math.max(repeats - 1, -MAX_REPEAT_SCORE);
    this.lastCodes[column] = code;
    return end + 1;
  }

  /** The id string at `p` into the id bytes (no escapes, at most MAX_ID_LENGTH bytes; others: NOT_FAST). */
  private scanId(p: number): number {
    const bytes = this.bytes;
    const from = p + 1;
    let to = this.idLength;
    if (to + MAX_ID_LENGTH + 1 > this.idBytes.length) {
      const grown = new Uint8Array(this.idBytes.length * 2);
      grown.set(this.idBytes);
      this.idBytes = grown;
    }
    const ids = this.idBytes;
    const stop = Math.min(bytes.length, from + MAX_ID_LENGTH + 1);
    for (let i = from; i < stop; i++) {
      const c = at(bytes, i);
      if (c === QUOTE) {
        this.idLength = to;
        return i + 1;
      }
      if (c === BACKSLASH || c < 0x20) return NOT_FAST;
      ids[to++] = c;
    }
    return NOT_FAST;
  }

  /**
   * The string at `p` (its opening quote): the offset of its closing quote, with `hash` set; NOT_FAST
   * for an escape or a control character (the element's check tells which). Bytes past ASCII are
   * taken as they are: the buffer is well-formed UTF-8.
   */
  private scanPlainString(p: number): number {
    const bytes = this.bytes;
    let h = SPAN_HASH_SEED;
    for (let i = p + 1; i < bytes.length; i++) {
      const c = at(bytes, i);
      if (c <= QUOTE) {
        if (c === QUOTE) {
          this.hash = finishSpanHash(h, i - p - 1);
          return i;
        }
        if (c < 0x20) return NOT_FAST;
      } else if (c === BACKSLASH) return NOT_FAST;
      h = Math.imul(h ^ c, 0x01000193);
    }
    return NOT_FAST;
  }

  /** The JSON number at `p`, into `value`: the offset after it, or BAD. */
  private scanNumber(p: number): number {
    const bytes = this.bytes;
    let i = p;
    const negative = at(bytes, i) === MINUS;
    if (negative) i++;
    let c = at(bytes, i);
    let mantissa = 0;
    let digits = 0;
    if (c === DIGIT_0) c = at(bytes, ++i);
    else if (isDigit(c)) {
      do {
        mantissa = mantissa * 10 + (c - DIGIT_0);
        digits++;
        c = at(bytes, ++i);
      } while (isDigit(c));
    } else return BAD;
    let decimals = 0;
    if (c === DOT) {
      c = at(bytes, ++i);
      if (!isDigit(c)) return BAD;
      do {
        mantissa = mantissa * 10 + (c - DIGIT_0);
        digits++;
        decimals++;
        c = at(bytes, ++i);
      } while (isDigit(c));
    }
    let exact = digits <= MAX_EXACT_DIGITS;
    if (c === 0x65 || c === 0x45) {
      exact = false;
      c = at(bytes, ++i);
      if (c === PLUS || c === MINUS) c = at(bytes, ++i);
      if (!isDigit(c)) return BAD;
      do c = at(bytes, ++i);
      while (isDigit(c));
    }
    // Below 2^53 the digits are exact and one division by an exact power of ten is correctly rounded,
    // as Number() rounds: the same double as JSON.parse gives.
    const magnitude = exact ? mantissa / (POWERS_OF_TEN[decimals] ?? 1) : Number(textOfBytes(bytes, p, i));
    this.value = exact && negative ? -magnitude : magnitude;
    return i;
  }
}

/** Byte `i`, or -1 past the end (which no rule takes). */
function at(bytes: Uint8Array, i: number): number {
  return bytes[i] ?? -1;
}

const encoder = new TextEncoder();
const TYPE = encoder.encode('type');
const GEOMETRY = encoder.encode('geometry');
const PROPERTIES = encoder.encode('properties');
const COORDINATES = encoder.encode('coordinates');
const QUOTED_FEATURE = encoder.encode('"Feature"');
const QUOTED_POINT = encoder.encode('"Point"');
const NULL = encoder.encode('null');
const TRUE = encoder.encode('true');
const FALSE = encoder.encode('false');
const FIELD_BYTES = FIELD_NAMES.map((name) => encoder.encode(name));

/** Object levels the scan reads members of (and their nesting depth). */
const FEATURE = 0;
const GEOMETRY_LEVEL = 1;
/** Members of a feature (type, geometry, properties) or a geometry (type, coordinates) as bits. */
const TYPE_BIT = 1;
const GEOMETRY_BIT = 2;
const PROPERTIES_BIT = 4;
const COORDINATES_BIT = 2;
/** Every member a level must have, once each. */
const MEMBERS_OF_LEVEL = [TYPE_BIT | GEOMETRY_BIT | PROPERTIES_BIT, TYPE_BIT | COORDINATES_BIT];

/** The bit of the member named bytes[from, to) at `level` (0: a member the scan skips). */
function memberBit(bytes: Uint8Array, from: number, to: number, level: number): number {
  const length = to - from;
  if (length === 4 && isName(bytes, from, TYPE)) return TYPE_BIT;
  if (level === FEATURE) {
    if (length === 8 && isName(bytes, from, GEOMETRY)) return GEOMETRY_BIT;
    return length === 10 && isName(bytes, from, PROPERTIES) ? PROPERTIES_BIT : 0;
  }
  return length === 11 && isName(bytes, from, COORDINATES) ? COORDINATES_BIT : 0;
}

/** True when `name`'s bytes are at offset `p`. */
function isName(bytes: Uint8Array, p: number, name: Uint8Array): boolean {
  if (p + name.length > bytes.length) return false;
  for (let k = 0; k < name.length; k++) if (bytes[p + k] !== name[k]) return false;
  return true;
}

/** The property field named by bytes[from, to), or -1. */
function fieldOf(bytes: Uint8Array, from: number, to: number): number {
  const group = FIELDS_BY_LENGTH[to - from];
  if (group === undefined) return -1;
  for (const field of group) if (isName(bytes, from, FIELD_BYTES[field] ?? NULL)) return field;
  return -1;
}

/**
 * The offset of the closing quote when the bytes at `p` are the string `"name"` (a name without quotes,
 * backslashes or control characters), else -1.
 */
function keyEndIf(bytes: Uint8Array, p: number, name: Uint8Array): number {
  const end = p + 1 + name.length;
  return at(bytes, end) === QUOTE && isName(bytes, p + 1, name) ? end : -1;
}

function skipSpace(bytes: Uint8Array, p: number): number {
  for (;;) {
    const c = at(bytes, p);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return p;
    p++;
  }
}

/** A JSON string at `p` checked by the grammar (escapes included): the offset after it, or BAD. */
function skipString(bytes: Uint8Array, p: number): number {
  for (let i = p + 1; i < bytes.length; i++) {
    const c = at(bytes, i);
    if (c === QUOTE) return i + 1;
    if (c < 0x20) return BAD;
    if (c === BACKSLASH) {
      const e = at(bytes, ++i);
      if (e === 0x75) {
        for (let k = 1; k <= 4; k++) if (!isHexDigit(at(bytes, i + k))) return BAD;
        i += 4;
      } else if (!ESCAPES.has(e)) return BAD;
    }
  }
  return BAD;
}

/** Characters that may follow a backslash (besides `u`): " \ / b f n r t. */
const ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** A JSON number at `p` checked by the grammar: the offset after it, or BAD. */
function skipNumber(bytes: Uint8Array, p: number): number {
  let i = p;
  if (at(bytes, i) === MINUS) i++;
  let c = at(bytes, i);
  if (c === DIGIT_0) c = at(bytes, ++i);
  else if (isDigit(c)) while (isDigit(c)) c = at(bytes, ++i);
  else return BAD;
  if (c === DOT) {
    c = at(bytes, ++i);
    if (!isDigit(c)) return BAD;
    while (isDigit(c)) c = at(bytes, ++i);
  }
  if (c === 0x65 || c === 0x45) {
    c = at(bytes, ++i);
    if (c === PLUS || c === MINUS) c = at(bytes, ++i);
    if (!isDigit(c)) return BAD;
    while (isDigit(c)) c = at(bytes, ++i);
  }
  return i;
}

/**
 * Any JSON value at `p` (no space before it), checked by the grammar: the offset after it, or BAD
 * (not JSON, or nested past MAX_SCAN_DEPTH levels counting from `depth`).
 */
export function skipValue(bytes: Uint8Array, p: number, depth: number): number {
  const c = at(bytes, p);
  if (c === QUOTE) return skipString(bytes, p);
  if (c === MINUS || isDigit(c)) return skipNumber(bytes, p);
  if (c === 0x74) return isName(bytes, p, TRUE) ? p + 4 : BAD;
  if (c === 0x66) return isName(bytes, p, FALSE) ? p + 5 : BAD;
  if (c === 0x6e) return isName(bytes, p, NULL) ? p + 4 : BAD;
  if (c !== OPEN_BRACE && c !== OPEN_BRACKET) return BAD;
  if (depth >= MAX_SCAN_DEPTH) return BAD;
  const isObject = c === OPEN_BRACE;
  const close = isObject ? CLOSE_BRACE : CLOSE_BRACKET;
  p = skipSpace(bytes, p + 1);
  if (at(bytes, p) === close) return p + 1;
  for (;;) {
    if (isObject) {
      if (at(bytes, p) !== QUOTE) return BAD;
      p = skipString(bytes, p);
      if (p < 0) return BAD;
      p = skipSpace(bytes, p);
      if (at(bytes, p) !== COLON) return BAD;
      p = skipSpace(bytes, p + 1);
    }
    p = skipValue(bytes, p, depth + 1);
    if (p < 0) return BAD;
    p = skipSpace(bytes, p);
    const next = at(bytes, p);
    if (next === close) return p + 1;
    if (next !== COMMA) return BAD;
    p = skipSpace(bytes, p + 1);
  }
}

/**
 * Offset just after the '[' of the top-level "features" member of the JSON object in `bytes`, or -1
 * (not found, not an array, or the text is not an object). Strings are skipped; keys with escapes are
 * not recognised (the caller's shell check catches a `features` member written so).
 */
export function findFeaturesArrayBytes(bytes: Uint8Array): number {
  let p = skipSpace(bytes, 0);
  if (at(bytes, p) !== OPEN_BRACE) return -1;
  p = skipSpace(bytes, p + 1);
  for (;;) {
    if (at(bytes, p) !== QUOTE) return -1;
    const keyEnd = skipString(bytes, p);
    if (keyEnd < 0) return -1;
    const isFeatures = keyEnd - p === 10 && isName(bytes, p + 1, FEATURES);
    p = skipSpace(bytes, keyEnd);
    if (at(bytes, p) !== COLON) return -1;
    p = skipSpace(bytes, p + 1);
    if (isFeatures) return at(bytes, p) === OPEN_BRACKET ? p + 1 : -1;
    p = skipValue(bytes, p, 1);
    if (p < 0) return -1;
    p = skipSpace(bytes, p);
    if (at(bytes, p) !== COMMA) return -1;
    p = skipSpace(bytes, p + 1);
  }
}

const FEATURES = encoder.encode('features');
const CODE = encoder.encode('code');
const PEOPLE = encoder.encode('people');

// A kept instance: its map, and the optimized code of its methods, survive a full GC (keep-shape.ts).
keepShape(new FeatureTextScanner(new Uint8Array(0), 0, 0));
