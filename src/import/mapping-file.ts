// The mapping as a small JSON file (docs/import.md): written for download, read back beside a data file.
// Reading never throws; unknown or malformed parts are dropped with a note, the rest is kept.
import { isPlainObject, readOwn } from '@/lib/safe-record';
import {
  COORDINATE_SOURCES,
  DATE_FORMATS,
  emptyMapping,
  IMPORT_FIELDS,
  MAPPING_FORMAT,
  MAPPING_METADATA_KEYS,
  MAPPING_VERSION,
  type CoordinateSource,
  type DateFormat,
  type FieldSource,
  type ImportField,
  type ImportMapping,
  type MappingMetadataKey,
} from './import-mapping';

/** Longest column name, constant, value-map key or metadata text kept, in UTF-16 code units. */
const MAX_TEXT = 1000;
/** Most value-map entries per field. */
const MAX_MAP_ENTRIES = 1000;

export type MappingNoteCode = 'unknown-key' | 'invalid-value';

export interface MappingNote {
  /** Where: `fields.date`, `valueMaps.outcome`, `dateFormat`, … */
  readonly path: string;
  readonly code: MappingNoteCode;
}

export type MappingFileResult =
  | {
      readonly ok: true;
      readonly mapping: ImportMapping;
      readonly notes: readonly MappingNote[];
      readonly header: readonly string[];
    }
  | {
      readonly ok: false;
      readonly code: 'not-json' | 'not-mapping' | 'version-unsupported';
      readonly value: string;
    };

const isField = (key: string): key is ImportField => (IMPORT_FIELDS as readonly string[]).includes(key);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;

function readSource(raw: unknown): FieldSource | null {
  if (!isPlainObject(raw)) return null;
  const column = readOwn(raw, 'column');
  if (isText(column) && column.trim() !== '') return { column };
  const constant = readOwn(raw, 'constant');
  if (isText(constant)) return { constant };
  if (typeof constant === 'number' && Number.isFinite(constant)) return { constant: String(constant) };
  if (readOwn(raw, 'unknown') === true) return { unknown: true };
  return null;
}

/** Reads a parsed JSON value as a mapping. `header`: the column names the file was written for, if given. */
export function readMappingValue(root: unknown): MappingFileResult {
  if (!isPlainObject(root)) return { ok: false, code: 'not-mapping', value: '' };
  const format = readOwn(root, 'format');
  const version = readOwn(root, 'version');
  const rawFields = readOwn(root, 'fields');
  if ((format !== undefined && format !== MAPPING_FORMAT) || !isPlainObject(rawFields))
    return { ok: false, code: 'not-mapping', value: typeof format === 'string' ? format.slice(0, 60) : '' };
  if (typeof version === 'number' && version > MAPPING_VERSION)
    return { ok: false, code: 'version-unsupported', value: `${version}/${MAPPING_VERSION}` };
  const notes: MappingNote[] = [];
  const base = emptyMapping();
  const fields: Record<ImportField, FieldSource> = { ...base.fields };
  for (const [key, raw] of Object.entries(rawFields)) {
    if (!isField(key)) notes.push({ path: `fields.${key.slice(0, 60)}`, code: 'unknown-key' });
    else {
      const source = readSource(raw);
      if (source === null) notes.push({ path: `fields.${key}`, code: 'invalid-value' });
      else fields[key] = source;
    }
  }
  const valueMaps: Partial<Record<ImportField, Record<string, string>>> = {};
  const rawMaps = readOwn(root, 'valueMaps');
  if (isPlainObject(rawMaps)) {
    for (const [key, raw] of Object.entries(rawMaps)) {
      if (!isField(key)) notes.push({ path: `valueMaps.${key.slice(0, 60)}`, code: 'unknown-key' });
      else if (!isPlainObject(raw)) notes.push({ path: `valueMaps.${key}`, code: 'invalid-value' });
      else {
        const entries: Record<string, string> = {};
        let count = 0;
        for (const [from, to] of Object.entries(raw)) {
          if (isText(from) && isText(to) && count < MAX_MAP_ENTRIES) {
            // Own data property: a "__proto__" key stays a key.
            Object.defineProperty(entries, from, {
              value: to,
              enumerable: true,
              writable: true,
              configurable: true,
            });
            count++;
          } else notes.push({ path: `valueMaps.${key}`, code: 'invalid-value' });
        }
        valueMaps[key] = entries;
      }
    }
  } else if (rawMaps !== undefined) notes.push({ path: 'valueMaps', code: 'invalid-value' });

  const rawDate = readOwn(root, 'dateFormat');
  let dateFormat: DateFormat = base.dateFormat;
  if ((DATE_FORMATS as readonly unknown[]).includes(rawDate)) dateFormat = rawDate as DateFormat;
  else if (rawDate !== undefined) notes.push({ path: 'dateFormat', code: 'invalid-value' });
  const rawCoordinates = readOwn(root, 'coordinates');
  let coordinates: CoordinateSource = base.coordinates;
  if ((COORDINATE_SOURCES as readonly unknown[]).includes(rawCoordinates))
    coordinates = rawCoordinates as CoordinateSource;
  else if (rawCoordinates !== undefined) notes.push({ path: 'coordinates', code: 'invalid-value' });
  const rawFallback = readOwn(root, 'gazetteerFallback');
  const gazetteerFallback = typeof rawFallback === 'boolean' ? rawFallback : base.gazetteerFallback;

  const metadata: Partial<Record<MappingMetadataKey, string>> = {};
  const rawMeta = readOwn(root, 'metadata');
  if (isPlainObject(rawMeta)) {
    for (const key of MAPPING_METADATA_KEYS) {
      const value = readOwn(rawMeta, key);
      if (isText(value)) metadata[key] = value;
      else if (value !== undefined) notes.push({ path: `metadata.${key}`, code: 'invalid-value' });
    }
  }
  const rawHeader = readOwn(root, 'header');
  const header = Array.isArray(rawHeader) ? rawHeader.filter(isText) : [];
  return {
    ok: true,
    mapping: {
      version: MAPPING_VERSION,
      fields,
      valueMaps,
      dateFormat,
      coordinates,
      gazetteerFallback,
      metadata,
    },
    notes,
    header,
  };
}

/** Reads mapping file text. */
export function readMappingText(text: string): MappingFileResult {
  let root: unknown;
  try {
    root = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, code: 'not-json', value: '' };
  }
  return readMappingValue(root);
}

/** The mapping file: fields in the dialog's order, unknown fields left out, the header it was made for. */
export function writeMappingFile(mapping: ImportMapping, header: readonly string[]): string {
  const fields: Record<string, FieldSource> = {};
  for (const field of IMPORT_FIELDS) {
    const source = mapping.fields[field];
    if (!('unknown' in source)) fields[field] = source;
  }
  const valueMaps: Record<string, Readonly<Record<string, string>>> = {};
  for (const field of IMPORT_FIELDS) {
    const map = mapping.valueMaps[field];
    if (map && Object.keys(map).length > 0) valueMaps[field] = map;
  }
  const file = {
    format: MAPPING_FORMAT,
    version: MAPPING_VERSION,
    header,
    fields,
    valueMaps,
    dateFormat: mapping.dateFormat,
    coordinates: mapping.coordinates,
    gazetteerFallback: mapping.gazetteerFallback,
    metadata: mapping.metadata,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
