// Reads the `metadata` foreign member of a FeatureCollection into a DatasetMeta, as text only.
import type { DatasetAggregation, DatasetMeta } from '@/domain/event-table';
import { isPlainObject, readOwn } from '@/lib/safe-record';

/** The newest format version this build understands. */
export const FORMAT_VERSION = 1;

function text(obj: Record<string, unknown>, key: string, max = 500): string {
  const value = readOwn(obj, key);
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

/** `[west, south, east, north]` in degrees, or null when absent or not a usable box. */
function readBbox(value: unknown): DatasetMeta['bbox'] {
  if (!Array.isArray(value) || value.length !== 4) return null;
  const [west, south, east, north] = value as unknown[];
  if (![west, south, east, north].every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
  const [w, s, e, n] = [west, south, east, north] as number[];
  if (w === undefined || s === undefined || e === undefined || n === undefined) return null;
  if (Math.abs(w) > 180 || Math.abs(e) > 180 || s < -90 || n > 90 || s > n) return null;
  return [w, s, e, n];
}

/** `smallCountThreshold`: an integer 0–1000, else null (absent or unusable: the default rule applies). */
function readThreshold(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1000 ? value : null;
}

/** Most grouping fields kept from `aggregation.by`, and their longest name. */
const MAX_AGGREGATION_FIELDS = 20;
const MAX_AGGREGATION_FIELD_LENGTH = 40;

/** `aggregation: { by: [...], period: 'day' | 'month', sourceRecords }`, or null when absent or unusable. */
function readAggregation(value: unknown): DatasetAggregation | null {
  if (!isPlainObject(value)) return null;
  const period = readOwn(value, 'period');
  if (period !== 'day' && period !== 'month') return null;
  const rawBy = readOwn(value, 'by');
  const by = Array.isArray(rawBy)
    ? rawBy
        .filter((field): field is string => typeof field === 'string' && field !== '')
        .slice(0, MAX_AGGREGATION_FIELDS)
        .map((field) => field.slice(0, MAX_AGGREGATION_FIELD_LENGTH))
    : [];
  const records = readOwn(value, 'sourceRecords');
  const sourceRecords =
    typeof records === 'number' && Number.isSafeInteger(records) && records > 0 ? records : 0;
  return { by, period, sourceRecords };
}

export interface MetadataResult {
  readonly meta: DatasetMeta;
  /** True when metadata.bbox is present but not a usable box (it is then ignored, with a warning). */
  readonly bboxInvalid: boolean;
  /** formatVersion as given: undefined when absent, NaN when present but not a number. */
  readonly formatVersion: number | undefined;
  /** `kind` as given ('' when absent). */
  readonly kind: string;
}

export function readMetadata(collection: Record<string, unknown>, fallbackTitle: string): MetadataResult {
  const raw = readOwn(collection, 'metadata');
  const m = isPlainObject(raw) ? raw : {};
  const version = readOwn(m, 'formatVersion');
  const rawBbox = readOwn(m, 'bbox');
  const bbox = readBbox(rawBbox);
  return {
    bboxInvalid: rawBbox !== undefined && rawBbox !== null && bbox === null,
    meta: {
      title: text(m, 'title', 200) || fallbackTitle,
      source: text(m, 'source'),
      sourceUrl: text(m, 'sourceUrl'),
      licence: text(m, 'licence', 200),
      extracted: text(m, 'extracted', 40),
      illustrative: readOwn(m, 'illustrative') === true,
      notes: text(m, 'notes', 2000),
      destination: text(m, 'destination', 200),
      tagline: text(m, 'tagline', 200),
      bbox,
      smallCountThreshold: readThreshold(readOwn(m, 'smallCountThreshold')),
      aggregation: readAggregation(readOwn(m, 'aggregation')),
    },
    formatVersion:
      version === undefined || version === null ? undefined : typeof version === 'number' ? version : NaN,
    kind: text(m, 'kind', 20),
  };
}
