// The loader's core, runnable in a worker or in Node: events text → EventTable + LoadReport, or one file error.
import type { EpochDay } from '@/domain/epoch-day';
import type { EventTable, RouteInfo } from '@/domain/event-table';
import { isPlainObject, readOwn } from '@/lib/safe-record';
import { checkTextSize, DEFAULT_MAX_FILE_BYTES } from './decode-text';
import { EventColumnsBuilder, type EventValues } from './event-columns-builder';
import {
  describeValue,
  type FileError,
  type LoadIssue,
  type LoadReport,
  type RejectionCode,
  type WarningCode,
} from './load-report';
import { makeDateParser } from './parse-event-date';
import { parseJson } from './parse-json';
import { FORMAT_VERSION, readMetadata } from './read-metadata';
import { makeWarn, validateEventFeature, type ValidationContext } from './validate-event-feature';

export interface ParseEventsOptions {
  readonly fileName: string;
  /** Corridors from a routes file; events naming other routes are kept with a warning. */
  readonly routes: readonly RouteInfo[] | null;
  readonly maxBytes?: number;
}

export type LoadOutcome =
  | { readonly ok: true; readonly table: EventTable; readonly report: LoadReport }
  | { readonly ok: false; readonly error: FileError; readonly report: LoadReport | null };

function emptyValues(): EventValues {
  return {
    id: '',
    day: 0 as EpochDay,
    precision: 0,
    kind: 0,
    outcome: 0,
    confidence: 0,
    people: 0,
    boats: 0,
    crew: 0,
    deaths: 0,
    route: '',
    site: '',
    originCountry: '',
    agency: '',
    source: '',
    lon: 0,
    lat: 0,
    natCodes: [],
    natPeople: [],
  };
}

function fail(code: FileError['code'], value = ''): LoadOutcome {
  return { ok: false, error: { code, value }, report: null };
}

/** Parses already-parsed JSON (a FeatureCollection) of events. Never throws on any JSON value. */
export function parseEventsValue(root: unknown, options: ParseEventsOptions): LoadOutcome {
  if (!isPlainObject(root)) return fail('not-geojson', Array.isArray(root) ? 'array' : describeValue(root));
  const type = readOwn(root, 'type');
  if (type !== 'FeatureCollection') {
    return type === 'Feature' || typeof type === 'string'
      ? fail('not-feature-collection', describeValue(type))
      : fail('not-geojson', '');
  }
  const { meta, formatVersion, kind } = readMetadata(root, options.fileName);
  if (formatVersion !== undefined && (!Number.isInteger(formatVersion) || formatVersion > FORMAT_VERSION)) {
    return fail('format-version-unsupported', `${formatVersion}/${FORMAT_VERSION}`);
  }
  if (kind === 'routes') return fail('wrong-file-kind', 'routes');
  const features = readOwn(root, 'features');
  if (!Array.isArray(features)) return fail('features-missing');
  if (features.length === 0) return fail('no-features');

  const rejected: LoadIssue<RejectionCode>[] = [];
  const warnings: LoadIssue<WarningCode>[] = [];
  if (formatVersion === undefined)
    warnings.push({
      index: -1,
      id: '',
      field: 'metadata.formatVersion',
      code: 'format-version-missing',
      value: '',
    });
  const builder = new EventColumnsBuilder(features.length);
  const here = { index: 0, id: '' };
  const ctx: ValidationContext = {
    builder,
    rejected,
    warnings,
    here,
    warn: makeWarn({ warnings, here }),
    seenIds: new Set(),
    knownRoutes: options.routes ? new Set(options.routes.map((r) => r.id)) : null,
    parseDate: makeDateParser(),
    defaultSource: meta.source,
    scratch: emptyValues(),
  };
  for (let i = 0; i < features.length; i++) validateEventFeature(features[i], i, ctx);

  const report: LoadReport = {
    fileName: options.fileName,
    featureCount: features.length,
    accepted: builder.length,
    rejected,
    warnings,
  };
  if (builder.length === 0)
    return { ok: false, error: { code: 'no-valid-features', value: String(features.length) }, report };
  const corridors = new Map((options.routes ?? []).map((r) => [r.id, r] as const));
  return { ok: true, table: builder.finish(corridors, meta), report };
}

/** Parses events text: size check, JSON, then parseEventsValue. */
export function parseEventsText(text: string, options: ParseEventsOptions): LoadOutcome {
  const sizeError = checkTextSize(text, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (sizeError) return { ok: false, error: sizeError, report: null };
  const json = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!json.ok) return { ok: false, error: json.error, report: null };
  return parseEventsValue(json.value, options);
}
