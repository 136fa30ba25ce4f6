// Reads the `metadata` foreign member of a FeatureCollection into a DatasetMeta, as text only.
import type { DatasetMeta } from '@/domain/event-table';
import { isPlainObject, readOwn } from '@/lib/safe-record';

/** The newest format version this build understands. */
export const FORMAT_VERSION = 1;

function text(obj: Record<string, unknown>, key: string, max = 500): string {
  const value = readOwn(obj, key);
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

export interface MetadataResult {
  readonly meta: DatasetMeta;
  /** formatVersion as given: undefined when absent, NaN when present but not a number. */
  readonly formatVersion: number | undefined;
  /** `kind` as given ('' when absent). */
  readonly kind: string;
}

export function readMetadata(collection: Record<string, unknown>, fallbackTitle: string): MetadataResult {
  const raw = readOwn(collection, 'metadata');
  const m = isPlainObject(raw) ? raw : {};
  const version = readOwn(m, 'formatVersion');
  return {
    meta: {
      title: text(m, 'title', 200) || fallbackTitle,
      source: text(m, 'source'),
      sourceUrl: text(m, 'sourceUrl'),
      licence: text(m, 'licence', 200),
      extracted: text(m, 'extracted', 40),
      illustrative: readOwn(m, 'illustrative') === true,
      notes: text(m, 'notes', 2000),
    },
    formatVersion:
      version === undefined || version === null ? undefined : typeof version === 'number' ? version : NaN,
    kind: text(m, 'kind', 20),
  };
}
