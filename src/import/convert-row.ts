// One foreign row (CSV cells, spreadsheet cells or GeoJSON properties) + the mapping → one event feature
// object of the Lintas format (docs/data-format.md), for the loader to validate like any file's features.
import { readOwn } from '@/lib/safe-record';
import { convertDate } from './convert-date';
import {
  addCounts,
  convertCount,
  convertCountry,
  convertDegrees,
  convertNationalities,
  convertVocabulary,
  isBlank,
  lookUpValueMap,
  parseLatLonText,
} from './convert-values';
import { lookUpPlace, type Gazetteer } from './gazetteer';
import { type FieldSource, type ImportField, type ImportMapping } from './import-mapping';
import { normalizeKey } from './vocabulary-synonyms';

/** Cells by column position (CSV, spreadsheets) or properties by name (GeoJSON). */
export type SourceRow = readonly unknown[] | Readonly<Record<string, unknown>>;

export interface EventFeatureObject {
  readonly type: 'Feature';
  readonly geometry: unknown;
  readonly properties: Record<string, unknown>;
}

/** Route id of rows whose mapping gives no route, and the name shown for it. */
export const UNKNOWN_ROUTE_ID = 'unknown';
export const UNKNOWN_ROUTE_NAME = 'Route not given';
/** Longest route id the format accepts; longer slugs are cut. */
const MAX_ROUTE_ID = 64;

/** What the conversion noticed beyond what the loader reports. */
export interface ConversionStats {
  rows: number;
  /** Rows placed by their site name in the gazetteer. */
  placedByGazetteer: number;
  /** Site names the gazetteer did not know → rows. */
  readonly unplaced: Map<string, number>;
}

export interface RowConverter {
  convert(row: SourceRow, geometry: unknown): EventFeatureObject;
  readonly stats: ConversionStats;
}

export interface RowConverterOptions {
  /** Column names in file order for array rows; null for GeoJSON properties. */
  readonly columns: readonly string[] | null;
  readonly gazetteer: Gazetteer;
}

export type Getter = (row: SourceRow) => unknown;

/** Distinct texts remembered per conversion; real files repeat a few thousand words, dates and places. */
const CACHE_LIMIT = 50_000;

/** `convert` with a per-import cache for text input (other values are converted each time). */
function cachedForText<T>(convert: (value: unknown) => T): (value: unknown) => T {
  const cache = new Map<string, T>();
  return (value) => {
    if (typeof value !== 'string') return convert(value);
    const hit = cache.get(value);
    if (hit !== undefined || cache.has(value)) return hit as T;
    const converted = convert(value);
    if (cache.size < CACHE_LIMIT) cache.set(value, converted);
    return converted;
  };
}

const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
};

/** The route id of a route name: lower-case ASCII words joined by "-" (a hash when none is left). */
export function routeIdOf(name: string): string {
  const slug = normalizeKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ROUTE_ID)
    .replace(/-+$/, '');
  return slug === '' ? `route-${fnv1a(name)}` : slug;
}

/** The reader of one field's raw value in a row (null when the field is unknown). */
export function makeGetter(source: FieldSource, columns: readonly string[] | null): Getter | null {
  if ('unknown' in source) return null;
  if ('constant' in source) {
    const value = source.constant;
    return () => value;
  }
  const name = source.column;
  if (columns === null)
    return (row) => (Array.isArray(row) ? undefined : readOwn(row as Record<string, unknown>, name));
  const index = columns.indexOf(name);
  if (index < 0) return () => undefined;
  return (row) => (Array.isArray(row) ? (row as readonly unknown[])[index] : undefined);
}

/** A cell as trimmed text (numbers written out); null when blank or not text. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? null : text;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A field's value map applied to a cell's text (the text itself when the map is empty). */
export function makeTextMapper(map: Readonly<Record<string, string>> | undefined): (text: unknown) => string {
  // No value map for the field: the text is the value (no cache lookup per cell).
  return map === undefined || Object.keys(map).length === 0
    ? (text) => text as string
    : cachedForText((text) => lookUpValueMap(map, text as string) ?? (text as string));
}

/** Prepares the per-field readers of a mapping once; `convert` then runs per row without lookups by name. */
export function makeRowConverter(mapping: ImportMapping, options: RowConverterOptions): RowConverter {
  const get = {} as Record<ImportField, Getter | null>;
  for (const field of Object.keys(mapping.fields) as ImportField[])
    get[field] = makeGetter(mapping.fields[field], options.columns);
  const maps = mapping.valueMaps;
  const stats: ConversionStats = { rows: 0, placedByGazetteer: 0, unplaced: new Map() };
  const read = (field: ImportField, row: SourceRow): unknown => get[field]?.(row);
  const mapText = {} as Record<ImportField, (text: unknown) => string>;
  for (const field of Object.keys(mapping.fields) as ImportField[])
    mapText[field] = makeTextMapper(maps[field]);
  const readText = (field: ImportField, row: SourceRow): string | null => {
    const text = textOf(read(field, row));
    return text === null ? null : mapText[field](text);
  };
  const kindOf = cachedForText((v) => convertVocabulary(v, 'kind', maps.kind));
  const outcomeOf = cachedForText((v) => convertVocabulary(v, 'outcome', maps.outcome));
  const confidenceOf = cachedForText((v) => convertVocabulary(v, 'confidence', maps.confidence));
  const dateOf = cachedForText((v) => convertDate(v, mapping.dateFormat));
  const routeIdOfText = cachedForText((v) => routeIdOf(v as string));
  const nationalitiesOf = cachedForText((v) => convertNationalities(v, maps.nationality));
  const countryOf = cachedForText((v) => convertCountry(v as string, maps.originCountry));
  const mapped = (field: ImportField): boolean => get[field] !== null;

  const place = (site: string | null): readonly [number, number] | null => {
    if (site === null) return null;
    const hit = lookUpPlace(options.gazetteer, site);
    if (hit === null) {
      stats.unplaced.set(site, (stats.unplaced.get(site) ?? 0) + 1);
      return null;
    }
    stats.placedByGazetteer++;
    return [hit.lon, hit.lat];
  };

  /** The geometry to validate: given, built from columns, or null (the loader reports it missing). */
  const geometryOf = (row: SourceRow, given: unknown, site: string | null): unknown => {
    let coordinates: unknown = null;
    switch (mapping.coordinates) {
      case 'geometry':
        if (!isBlank(given)) return given;
        break;
      case 'columns': {
        const lon = convertDegrees(read('lon', row));
        const lat = convertDegrees(read('lat', row));
        if (lon !== null || lat !== null) coordinates = [lon, lat];
        break;
      }
      case 'text': {
        const raw = read('latLon', row);
        if (!isBlank(raw)) coordinates = parseLatLonText(raw) ?? [raw];
        break;
      }
      case 'gazetteer':
        break;
    }
    if (coordinates === null && (mapping.coordinates === 'gazetteer' || mapping.gazetteerFallback))
      coordinates = place(site);
    return coordinates === null ? null : { type: 'Point', coordinates };
  };

  const convert = (row: SourceRow, given: unknown): EventFeatureObject => {
    stats.rows++;
    const props: Record<string, unknown> = {};
    const id = textOf(read('id', row));
    if (id !== null) props['id'] = id;
    props['kind'] = kindOf(read('kind', row));
    props['date'] = dateOf(read('date', row));
    // Not mapped means "not known": null people is the format's unknown.
    props['people'] = mapped('people') ? convertCount(read('people', row)) : null;
    // Not mapped, or a blank or unknown cell: null, the format's "not known" (never one boat per record).
    props['boats'] = mapped('boats') ? convertCount(read('boats', row)) : null;
    if (mapped('crew')) props['crew'] = convertCount(read('crew', row));
    if (mapped('deaths') || mapped('missing')) {
      const dead = mapped('deaths') ? convertCount(read('deaths', row)) : null;
      const missing = mapped('missing') ? convertCount(read('missing', row)) : null;
      props['deaths'] = addCounts(dead, missing);
    }
    const routeText = readText('route', row);
    const routeName = readText('routeName', row);
    if (routeText === null && !mapped('route')) {
      props['route'] = UNKNOWN_ROUTE_ID;
      props['routeName'] = routeName ?? UNKNOWN_ROUTE_NAME;
    } else if (routeText !== null) {
      const routeId = routeIdOfText(routeText);
      props['route'] = routeId;
      if (routeName !== null) props['routeName'] = routeName;
      else if (routeId !== routeText) props['routeName'] = routeText;
    }
    const site = readText('site', row);
    const geometry = geometryOf(row, given, site);
    if (site !== null) props['site'] = site;
    else if (!mapped('site')) {
      // No site column: the row's 0.1° grid cell stands in, so sites group nearby events.
      const coords = (geometry as { coordinates?: unknown } | null)?.coordinates;
      if (Array.isArray(coords) && typeof coords[0] === 'number' && typeof coords[1] === 'number')
        props['site'] = `${coords[1].toFixed(1)}, ${coords[0].toFixed(1)}`;
    }
    // An interception whose outcome is not given has the format's "unknown" outcome; departures have none.
    const outcome = mapped('outcome') ? outcomeOf(read('outcome', row)) : null;
    if (outcome !== null) props['outcome'] = outcome;
    else if (props['kind'] === 'interception') props['outcome'] = 'unknown';
    if (mapped('nationality')) {
      const nationalities = nationalitiesOf(read('nationality', row));
      if (nationalities !== null) props['nationalities'] = nationalities;
    }
    const origin = readText('originCountry', row);
    if (origin !== null) props['origin_country'] = countryOf(origin);
    const agency = readText('agency', row);
    if (agency !== null) props['agency'] = agency;
    const source = readText('source', row);
    if (source !== null) props['source'] = source;
    if (mapped('confidence')) {
      const confidence = confidenceOf(read('confidence', row));
      if (confidence !== null) props['confidence'] = confidence;
    }
    return { type: 'Feature', geometry, properties: props };
  };
  return { convert, stats };
}
