// Foreign GeoJSON (any property names) and JSON lists of records: their rows (properties + geometry) and
// column names; and a preview from the first bytes of a large file without parsing all of it.
import { isPlainObject, readOwn } from '@/lib/safe-record';

/** One row of a JSON source: a feature's properties and geometry, or a record with no geometry. */
export interface JsonRow {
  readonly properties: Readonly<Record<string, unknown>>;
  readonly geometry: unknown;
}

export type JsonRowsResult =
  | {
      readonly ok: true;
      /** Rows in file order; an item that is not a feature or record is kept as given (the loader rejects it). */
      readonly items: readonly (JsonRow | { readonly invalid: unknown })[];
      readonly columns: readonly string[];
      readonly hasGeometry: boolean;
    }
  | {
      readonly ok: false;
      readonly code: 'not-geojson' | 'features-missing' | 'no-features';
      readonly value: string;
    };

/** Property names seen in the first rows, in order of first appearance. */
const COLUMN_SAMPLE_ROWS = 1000;

function rowOf(item: unknown, isCollection: boolean): JsonRow | { readonly invalid: unknown } {
  if (!isPlainObject(item)) return { invalid: item };
  if (!isCollection) return { properties: item, geometry: undefined };
  if (readOwn(item, 'type') !== 'Feature') return { invalid: item };
  const props = readOwn(item, 'properties');
  return { properties: isPlainObject(props) ? props : {}, geometry: readOwn(item, 'geometry') };
}

function columnsOf(items: readonly (JsonRow | { readonly invalid: unknown })[]): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < items.length && i < COLUMN_SAMPLE_ROWS; i++) {
    const item = items[i];
    if (item && 'properties' in item) for (const key of Object.keys(item.properties)) seen.add(key);
  }
  return [...seen];
}

/** Rows of a parsed JSON value: a FeatureCollection, or an array of record objects. */
export function readJsonRows(root: unknown): JsonRowsResult {
  let list: unknown;
  let isCollection = true;
  if (Array.isArray(root)) {
    list = root;
    isCollection = false;
  } else if (isPlainObject(root) && readOwn(root, 'type') === 'FeatureCollection') {
    list = readOwn(root, 'features');
    if (!Array.isArray(list)) return { ok: false, code: 'features-missing', value: '' };
  } else return { ok: false, code: 'not-geojson', value: '' };
  const source = list as readonly unknown[];
  if (source.length === 0) return { ok: false, code: 'no-features', value: '' };
  const items = source.map((item) => rowOf(item, isCollection));
  return { ok: true, items, columns: columnsOf(items), hasGeometry: isCollection };
}

/**
 * The first complete JSON objects of the `features` array (or of a top-level array) in a head slice of a
 * file: a scan that skips strings and counts braces, then JSON.parse of each object. Stops at `maxItems`.
 */
export function scanFirstItems(head: string, maxItems: number): { items: unknown[]; isCollection: boolean } {
  const trimmed = head.trimStart();
  let start: number;
  let isCollection = true;
  if (trimmed.startsWith('[')) {
    start = head.indexOf('[') + 1;
    isCollection = false;
  } else {
    const key = /"features"\s*:\s*\[/.exec(head);
    if (!key) return { items: [], isCollection };
    start = key.index + key[0].length;
  }
  const items: unknown[] = [];
  let depth = 0;
  let objectStart = -1;
  let inString = false;
  for (let i = start; i < head.length && items.length < maxItems; i++) {
    const ch = head.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++;
      else if (ch === 34) inString = false;
      continue;
    }
    if (ch === 34) inString = true;
    else if (ch === 123) {
      if (depth === 0) objectStart = i;
      depth++;
    } else if (ch === 125) {
      depth--;
      if (depth === 0 && objectStart >= 0) {
        try {
          items.push(JSON.parse(head.slice(objectStart, i + 1)) as unknown);
        } catch {
          items.push(null);
        }
        objectStart = -1;
      }
    } else if (ch === 93 && depth === 0) break;
  }
  return { items, isCollection };
}

/**
 * True when at least half of the rows carry the fields every Lintas event has: then the file loads without
 * a mapping. Half, not all: a Lintas file with a broken feature among its first rows still loads as one
 * (the broken feature is rejected with its reason) instead of being offered a mapping of its columns.
 */
export function looksLikeLintasEvents(rows: readonly JsonRow[]): boolean {
  if (rows.length === 0) return false;
  const required = ['kind', 'date', 'route', 'site'];
  const lintasRows = rows.filter((row) =>
    required.every((key) => Object.prototype.hasOwnProperty.call(row.properties, key)),
  ).length;
  return lintasRows * 2 >= rows.length;
}

/** Preview rows of a JSON head slice (the whole text when `complete`). */
export function previewJsonHead(
  head: string,
  complete: boolean,
  maxRows: number,
): {
  readonly rows: readonly JsonRow[];
  readonly columns: readonly string[];
  readonly hasGeometry: boolean;
} | null {
  if (complete) {
    let root: unknown;
    try {
      root = JSON.parse(head.charCodeAt(0) === 0xfeff ? head.slice(1) : head);
    } catch {
      return null;
    }
    const result = readJsonRows(root);
    if (!result.ok) return null;
    const rows = result.items.filter((item): item is JsonRow => 'properties' in item).slice(0, maxRows);
    return { rows, columns: result.columns, hasGeometry: result.hasGeometry };
  }
  const { items, isCollection } = scanFirstItems(head, maxRows);
  const rows = items
    .map((item) => rowOf(item, isCollection))
    .filter((item): item is JsonRow => 'properties' in item);
  if (rows.length === 0) return null;
  return { rows, columns: columnsOf(rows), hasGeometry: isCollection };
}
