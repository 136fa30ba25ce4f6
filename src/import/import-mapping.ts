// The field mapping of an import (docs/import.md): which column of a foreign file fills which field of a
// Lintas event, how its values are read, and where coordinates come from. Plain JSON-able values only.

/** Version of the mapping file format; a file with a newer version is refused. */
export const MAPPING_VERSION = 1;
/** The `format` marker of a mapping file, to tell it from other JSON beside a data file. */
export const MAPPING_FORMAT = 'lintas-import-mapping';

/** Every field an import can fill, in the order the mapping dialog shows them. */
export const IMPORT_FIELDS = [
  'date',
  'kind',
  'outcome',
  'people',
  'boats',
  'deaths',
  'missing',
  'crew',
  'route',
  'routeName',
  'site',
  'lat',
  'lon',
  'latLon',
  'nationality',
  'originCountry',
  'id',
  'source',
  'agency',
  'confidence',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields read as whole counts of persons or boats. */
export const COUNT_FIELDS: readonly ImportField[] = ['people', 'boats', 'deaths', 'missing', 'crew'];
/** Fields whose values come from a closed vocabulary of the format (value mapping is offered for them). */
export const VOCABULARY_FIELDS = ['kind', 'outcome', 'confidence'] as const;
export type VocabularyField = (typeof VOCABULARY_FIELDS)[number];

/** Where one field comes from: a column of the file, one value for every row, or nowhere. */
export type FieldSource =
  { readonly column: string } | { readonly constant: string } | { readonly unknown: true };

export const UNKNOWN_SOURCE: FieldSource = Object.freeze({ unknown: true });

/** How the date column is written. Month-only dates load with month precision. */
export const DATE_FORMATS = ['iso', 'dd/mm/yyyy', 'mm/dd/yyyy', 'yyyy-mm', 'excel-serial'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/**
 * Where a row's position comes from: the GeoJSON geometry, the `lat` and `lon` fields, the one `latLon`
 * text field ("-6.2, 106.8"), or the `site` name looked up in the gazetteer.
 */
export const COORDINATE_SOURCES = ['geometry', 'columns', 'text', 'gazetteer'] as const;
export type CoordinateSource = (typeof COORDINATE_SOURCES)[number];

/** Dataset-level texts written into the converted file's `metadata` (all optional). */
export const MAPPING_METADATA_KEYS = ['title', 'source', 'licence', 'destination', 'tagline'] as const;
export type MappingMetadataKey = (typeof MAPPING_METADATA_KEYS)[number];

export interface ImportMapping {
  readonly version: typeof MAPPING_VERSION;
  /** Every field, `{unknown: true}` when not mapped. */
  readonly fields: Readonly<Record<ImportField, FieldSource>>;
  /** Per field: value as found in the file → value to load (keys matched exactly, then ignoring case). */
  readonly valueMaps: Readonly<Partial<Record<ImportField, Readonly<Record<string, string>>>>>;
  readonly dateFormat: DateFormat;
  readonly coordinates: CoordinateSource;
  /** When the chosen source gives no position for a row, look its site up in the gazetteer. */
  readonly gazetteerFallback: boolean;
  readonly metadata: Readonly<Partial<Record<MappingMetadataKey, string>>>;
}

/** A mapping with every field unknown: the start of the guesser and of a mapping file read. */
export function emptyMapping(): ImportMapping {
  const fields = {} as Record<ImportField, FieldSource>;
  for (const field of IMPORT_FIELDS) fields[field] = UNKNOWN_SOURCE;
  return {
    version: MAPPING_VERSION,
    fields,
    valueMaps: {},
    dateFormat: 'iso',
    coordinates: 'columns',
    gazetteerFallback: true,
    metadata: {},
  };
}

export function isColumnSource(source: FieldSource): source is { readonly column: string } {
  return 'column' in source;
}

export function isConstantSource(source: FieldSource): source is { readonly constant: string } {
  return 'constant' in source;
}
