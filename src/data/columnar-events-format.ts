// The columnar form of a Lintas events file (docs/data-format.md, "Columnar events file"): an Apache Arrow
// IPC file whose columns are the event properties of the GeoJSON form, one row per feature. Shared by the
// app's reader (read-columnar-events.ts) and the preparation step that writes it (scripts/prepare/).
// No Arrow import here: recognising a file must not pull the reader into the first chunk.

/** The columns, by property name; `lon` and `lat` are the point. Absent columns read as absent values. */
export const COLUMNAR_EVENT_COLUMNS = [
  'id',
  'kind',
  'date',
  'people',
  'boats',
  'crew',
  'deaths',
  'records',
  'route',
  'routeName',
  'site',
  'outcome',
  'nationalities',
  'origin_country',
  'agency',
  'source',
  'confidence',
  'lon',
  'lat',
] as const;
export type ColumnarEventColumn = (typeof COLUMNAR_EVENT_COLUMNS)[number];

/** Schema metadata key whose value is the JSON text of the file's `metadata` object (as in GeoJSON). */
export const COLUMNAR_METADATA_KEY = 'lintas';

/** Separates nationality entries in the `nationalities` text column: `AFG:60;IRN:24` or `AFG;IRN`. */
export const NATIONALITY_SEPARATOR = ';';
/** Separates a nationality code from its persons. */
export const NATIONALITY_COUNT_SEPARATOR = ':';

/** What the first bytes of a file say it is. */
export type BinaryKind = 'arrow' | 'parquet' | null;

const ARROW_FILE_MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1"
const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

const startsWith = (head: Uint8Array, magic: readonly number[]): boolean =>
  head.length >= magic.length && magic.every((byte, i) => head[i] === byte);

/** Largest schema message an Arrow stream may open with, in bytes (ours are a few kilobytes). */
const MAX_ARROW_SCHEMA_BYTES = 1 << 24;

/**
 * Arrow IPC (file form "ARROW1", or the stream form, which opens with the 0xFFFFFFFF continuation marker
 * and then a positive little-endian int32, the length of its schema message), Parquet ("PAR1"), or
 * neither. Text files (JSON, CSV) never start with these bytes; a file of 0xFF bytes is not Arrow either
 * (its "length" is -1) and is read as text, which then fails as not UTF-8.
 */
export function detectBinaryKind(head: Uint8Array): BinaryKind {
  if (startsWith(head, ARROW_FILE_MAGIC)) return 'arrow';
  if (startsWith(head, [0xff, 0xff, 0xff, 0xff]) && head.length >= 8) {
    const schemaBytes = new DataView(head.buffer, head.byteOffset + 4, 4).getInt32(0, true);
    if (schemaBytes > 0 && schemaBytes <= MAX_ARROW_SCHEMA_BYTES) return 'arrow';
  }
  if (startsWith(head, PARQUET_MAGIC)) return 'parquet';
  return null;
}

/** Bytes that detectBinaryKind needs. */
export const BINARY_MAGIC_BYTES = 8;

/** One nationality entry as the GeoJSON form writes it: a code, or a code with its persons. */
export type NationalityEntry = string | { readonly code: string; readonly people: number };

/** Digits (1 to 10 of them) → their value, else -1. A loop, not a regular expression: it runs per entry. */
function wholeNumber(text: string): number {
  if (text.length === 0 || text.length > 10) return -1;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Storage that parseNationalitiesText may refill instead of allocating: one array and its entry objects,
 * reused row after row by a reader whose parsed values are read (by validation) before the next row.
 */
export interface NationalityScratch {
  readonly entries: NationalityEntry[];
  readonly counted: { code: string; people: number }[];
}

export function makeNationalityScratch(): NationalityScratch {
  return { entries: [], counted: [] };
}

/**
 * The `nationalities` text → the GeoJSON form's array, for the validator to judge. An entry that is not
 * `CODE` or `CODE:persons` is passed on as written, so the validator rejects it and shows it. An empty text
 * is an empty list (unknown nationality). With `scratch`, the result is its refilled array (valid until the
 * next call with it).
 */
export function parseNationalitiesText(text: string, scratch?: NationalityScratch): NationalityEntry[] {
  const entries: NationalityEntry[] = scratch?.entries ?? [];
  entries.length = 0;
  if (text.trim() === '') return entries;
  let counted = 0;
  let start = 0;
  for (;;) {
    let end = text.indexOf(NATIONALITY_SEPARATOR, start);
    if (end < 0) end = text.length;
    const entry = text.slice(start, end).trim();
    const colon = entry.indexOf(NATIONALITY_COUNT_SEPARATOR);
    if (colon < 0) entries.push(entry);
    else {
      const count = wholeNumber(entry.slice(colon + 1).trim());
      if (count < 0) entries.push(entry);
      else {
        const code = entry.slice(0, colon).trim();
        const reused = scratch?.counted[counted];
        if (reused !== undefined) {
          reused.code = code;
          reused.people = count;
          entries.push(reused);
        } else {
          const made = { code, people: count };
          scratch?.counted.push(made);
          entries.push(made);
        }
        counted++;
      }
    }
    if (end === text.length) return entries;
    start = end + 1;
  }
}

/** Validated nationalities (codes with persons) → the `nationalities` text. */
export function formatNationalitiesText(codes: readonly string[], people: readonly number[]): string {
  let text = '';
  for (let i = 0; i < codes.length; i++) {
    if (i > 0) text += NATIONALITY_SEPARATOR;
    text += `${codes[i] ?? ''}${NATIONALITY_COUNT_SEPARATOR}${people[i] ?? 0}`;
  }
  return text;
}
