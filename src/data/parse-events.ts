// The loader's core, runnable in a worker or in Node: events text → EventTable + LoadReport, or one file error.
import type { DatasetMeta, EventTable, RouteInfo } from '@/domain/event-table';
import { isPlainObject, readOwn } from '@/lib/safe-record';
import { checkTextSize, checkUtf8Bytes, DEFAULT_MAX_FILE_BYTES, textOfBytes } from './decode-text';
import { EventColumnsBuilder } from './event-columns-builder';
import { countFeaturesIfTooMany, estimateFeatureCount, sampleFeatureCount } from './count-features';
import { findSwappedCoordinates } from './find-swapped-coordinates';
import { MAX_FEATURES } from './format-limits';
import { describeValue, type FileError, type LoadReport } from './load-report';
import { LoadReportBuilder } from './load-report-builder';
import { parseJson } from './parse-json';
import type { HeldBytes } from './file-buffer';
import { readFeatureCollectionBytes, readFeatureCollectionText } from './read-feature-collection-bytes';
import { FORMAT_VERSION, readMetadata } from './read-metadata';
import {
  makeValidationContext,
  validateEventFeature,
  type ValidationContext,
} from './validate-event-feature';

export interface ParseEventsOptions {
  readonly fileName: string;
  /** Corridors from a routes file; events naming other routes are kept with a warning. */
  readonly routes: readonly RouteInfo[] | null;
  readonly maxBytes?: number;
  /** Most features accepted in one file (default MAX_FEATURES). */
  readonly maxFeatures?: number;
  /** Called every PROGRESS_STEP features with how many were validated so far. */
  readonly onProgress?: (validated: number, total: number) => void;
}

/** Features validated between two progress calls. */
export const PROGRESS_STEP = 50_000;

export type LoadOutcome =
  | { readonly ok: true; readonly table: EventTable; readonly report: LoadReport }
  | { readonly ok: false; readonly error: FileError; readonly report: LoadReport | null };

function fail(code: FileError['code'], value = ''): LoadOutcome {
  return { ok: false, error: { code, value }, report: null };
}

/** Warns about loaded points whose coordinates look swapped (needs every point, so after validation). */
function warnSwapped(builder: EventColumnsBuilder, report: LoadReportBuilder, meta: DatasetMeta): void {
  for (const row of findSwappedCoordinates(builder, meta.bbox)) {
    const lon = builder.lonAt(row);
    const lat = builder.latAt(row);
    report.warnAfter(
      builder.featureIndexAt(row),
      builder.idAt(row),
      'geometry.coordinates',
      'coordinates-look-swapped',
      [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4],
    );
  }
}

/** The features of an events file, one at a time: a JSON array, or the rows of a columnar file. */
export interface EventFeatureSource {
  readonly length: number;
  /** Feature `index`. The object may be reused for the next index: validation copies what it keeps. */
  featureAt(index: number): unknown;
  /**
   * Validates feature `index` into `ctx` as validateEventFeature(featureAt(index)) would (same table,
   * same report), by a faster way of its own (the columnar reader's column-wise rows). Optional.
   */
  readonly validateAt?: (index: number, ctx: ValidationContext) => void;
}

/**
 * Parses already-parsed JSON (a FeatureCollection) of events. Never throws on any JSON value. This is
 * also the contract for other importers: they hand over a parsed GeoJSON-like object.
 */
export function parseEventsValue(root: unknown, options: ParseEventsOptions): LoadOutcome {
  return parseEventsRoot(root, options, false);
}

/**
 * parseEventsValue; with `release`, each feature is cleared from the `features` array once validated
 * (validation copies what it keeps), so a large file's parse tree shrinks while its table grows. Only for
 * values nobody else holds: those this module parsed itself.
 */
function parseEventsRoot(root: unknown, options: ParseEventsOptions, release: boolean): LoadOutcome {
  if (!isPlainObject(root)) return fail('not-geojson', Array.isArray(root) ? 'array' : describeValue(root));
  const type = readOwn(root, 'type');
  if (type !== 'FeatureCollection') {
    if (typeof type === 'string') return fail('not-feature-collection', describeValue(type));
    return type === undefined || type === null
      ? fail('type-missing')
      : fail('not-feature-collection', describeValue(type));
  }
  const features = readOwn(root, 'features');
  let source: EventFeatureSource | null = null;
  if (Array.isArray(features)) {
    const list: unknown[] = features;
    source = release
      ? {
          length: list.length,
          featureAt: (index: number): unknown => {
            const feature = list[index];
            list[index] = undefined;
            return feature;
          },
        }
      : { length: list.length, featureAt: (index: number): unknown => list[index] };
  }
  return parseEventFeatures(root, source, options);
}

/** Events validated as they arrive, in file order: `add` each run of features, then `finish` once. */
export interface EventFeatureStream {
  /** Validates the next `features.length` features of the file (indexes continue from the last run). */
  add(features: EventFeatureSource): void;
  /** Features handed over so far (all counted, also past the limit). */
  readonly count: number;
  /** The table and report of every feature added (or the file's error). */
  finish(): LoadOutcome;
}

/**
 * Starts an incremental validation: the loader's core, shared by GeoJSON (parseEventsValue), the
 * columnar reader and the import, which hands over CSV rows chunk by chunk as they are parsed. The
 * result is the same whatever the runs are cut into. `root` holds the `metadata`; `expectedCount` sizes
 * the ids seen and the table once (0: unknown, they grow).
 */
export function startEventFeatures(
  root: Record<string, unknown>,
  options: ParseEventsOptions,
  expectedCount = 0,
): EventFeatureStream {
  const { meta, formatVersion, kind, bboxInvalid } = readMetadata(root, options.fileName);
  let early: LoadOutcome | null = null;
  if (formatVersion !== undefined && (!Number.isInteger(formatVersion) || formatVersion > FORMAT_VERSION))
    early = fail('format-version-unsupported', `${formatVersion}/${FORMAT_VERSION}`);
  else if (kind === 'routes') early = fail('wrong-file-kind', 'routes');
  const maxFeatures = options.maxFeatures ?? MAX_FEATURES;
  const report = new LoadReportBuilder();
  if (formatVersion === undefined) report.warnFile('metadata.formatVersion', 'format-version-missing');
  if (bboxInvalid)
    report.warnFile(
      'metadata.bbox',
      'metadata-bbox-invalid',
      readOwn(readOwn(root, 'metadata') as Record<string, unknown>, 'bbox'),
    );
  const expected = Math.min(expectedCount, maxFeatures);
  const builder = new EventColumnsBuilder(expected > 0 ? expected : undefined);
  const ctx = makeValidationContext(builder, report, options.routes, meta.source, expected);
  const onProgress = options.onProgress;
  let count = 0;
  return {
    get count() {
      return count;
    },
    add(features) {
      const first = count;
      count += features.length;
      // Past the limit nothing more is validated: the file is refused at the end with its full count.
      if (early !== null || count > maxFeatures) return;
      const validateAt = features.validateAt;
      for (let k = 0; k < features.length; k++) {
        const i = first + k;
        if (validateAt === undefined) validateEventFeature(features.featureAt(k), i, ctx);
        else validateAt(k, ctx);
        // The expected count may be an estimate (GeoJSON text): the total shown is never below the count.
        if (onProgress !== undefined && (i + 1) % PROGRESS_STEP === 0)
          onProgress(i + 1, Math.max(expected, count));
      }
    },
    finish() {
      if (early !== null) return early;
      if (count === 0) return fail('no-features');
      if (count > maxFeatures) return fail('too-many-features', `${count}/${maxFeatures}`);
      onProgress?.(count, count);
      warnSwapped(builder, report, meta);
      const built = report.build(options.fileName, count, builder.length);
      if (builder.length === 0)
        return { ok: false, error: { code: 'no-valid-features', value: String(count) }, report: built };
      const corridors = new Map((options.routes ?? []).map((r) => [r.id, r] as const));
      // Corridors are derived from the events only when no routes file was given at all.
      return { ok: true, table: builder.finish(corridors, meta, options.routes === null), report: built };
    },
  };
}

/**
 * Validates events one feature at a time into a table and a report (startEventFeatures with one run).
 * `root` holds the `metadata`; `features` null means none.
 */
export function parseEventFeatures(
  root: Record<string, unknown>,
  features: EventFeatureSource | null,
  options: ParseEventsOptions,
): LoadOutcome {
  const { formatVersion, kind } = readMetadata(root, options.fileName);
  if (formatVersion !== undefined && (!Number.isInteger(formatVersion) || formatVersion > FORMAT_VERSION)) {
    return fail('format-version-unsupported', `${formatVersion}/${FORMAT_VERSION}`);
  }
  if (kind === 'routes') return fail('wrong-file-kind', 'routes');
  if (features === null) return fail('features-missing');
  if (features.length === 0) return fail('no-features');
  const maxFeatures = options.maxFeatures ?? MAX_FEATURES;
  if (features.length > maxFeatures) return fail('too-many-features', `${features.length}/${maxFeatures}`);
  const stream = startEventFeatures(root, options, features.length);
  stream.add(features);
  return stream.finish();
}

/** Text that its parser lets go of once parsed (see parseHeldText). */
export interface HeldText {
  text: string;
  /** True when the scan of the file's bytes declined it (parseEventsBytes): JSON.parse decides. */
  scanDeclined?: boolean;
}

/**
 * Size check and feature count of held text, then its events read by the scan of the features array
 * (read-feature-collection-bytes.ts), which needs no parse tree; or else JSON.parse, after which the text
 * is let go of (a 200 MB text can be collected while its features are validated). The text passes only
 * through this function's frame: V8 keeps the values in an interpreted frame's registers, past calls'
 * arguments included, until it returns.
 */
function parseHeldText(held: HeldText, options: ParseEventsOptions): LoadOutcome | { value: unknown } {
  const text = held.text;
  held.text = '';
  const sizeError = checkTextSize(text, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (sizeError) return { ok: false, error: sizeError, report: null };
  // A file of millions of tiny elements is refused before JSON.parse builds gigabytes of parse tree.
  const maxFeatures = options.maxFeatures ?? MAX_FEATURES;
  const sample = sampleFeatureCount(text);
  const tooMany = countFeaturesIfTooMany(text, maxFeatures, sample);
  if (tooMany !== null) return fail('too-many-features', `${tooMany}/${maxFeatures}`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const read =
    held.scanDeclined === true
      ? null
      : readFeatureCollectionText(body, options, startEventFeatures, estimateFeatureCount(sample));
  if (read !== null) return read;
  const json = parseJson(body);
  return json.ok ? { value: json.value } : { ok: false, error: json.error, report: null };
}

/**
 * Parses events text held by `held` (size check, JSON, then the features), letting go of the text once
 * parsed and of each feature once validated: the loader's path for files, whose peak memory this bounds.
 */
export function parseEventsHeldText(held: HeldText, options: ParseEventsOptions): LoadOutcome {
  const parsed = parseHeldText(held, options);
  return 'value' in parsed ? parseEventsRoot(parsed.value, options, true) : parsed;
}

/** Bytes sampled to estimate the features of a file read from its bytes (1 MiB). */
const SAMPLE_BYTES = 1 << 20;

/**
 * The loader's path for a file's bytes: the features array scanned straight from the UTF-8 bytes
 * (read-feature-collection-bytes.ts), with no text decoded. 'scan-declined' when the scan cannot promise
 * JSON.parse's outcome, and null when the bytes are not for the scan (not UTF-8, empty, or a sample
 * suggesting too many features): the text path then decides, with its messages, and `held` still holds
 * the bytes. With an outcome, `held` is released (before the table is finished).
 */
export function parseEventsBytes(
  held: HeldBytes,
  options: ParseEventsOptions,
): LoadOutcome | 'scan-declined' | null {
  const file = held.bytes;
  const estimate = planBytesScan(held, options);
  const outcome =
    estimate === null ? null : readFeatureCollectionBytes(held, options, startEventFeatures, estimate);
  if (outcome !== null) return outcome;
  // Not scanned: the text path gets the file as it came (its decoding drops the BOM itself).
  held.bytes = file;
  return estimate === null ? null : 'scan-declined';
}

/**
 * The checks before a scan, and about how many features the file holds (null: not for the scan). A BOM
 * is dropped from the held bytes.
 */
function planBytesScan(held: HeldBytes, options: ParseEventsOptions): number | null {
  const bytes = held.bytes;
  if (checkUtf8Bytes(bytes, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES) !== null) return null;
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  held.bytes = body;
  const head = textOfBytes(body, 0, Math.min(body.length, SAMPLE_BYTES));
  const sample = sampleFeatureCount(head);
  if (sample === null) return null;
  // Scaled from the head to the whole file, bytes for characters: an estimate, which only sizes the
  // table and the progress shown; the exact limit is the text path's when the estimate comes near it.
  const arrayStart = head.length - sample.arrayChars;
  const estimate = sample.complete
    ? sample.count
    : Math.round((sample.count * (body.length - arrayStart)) / Math.max(1, sample.scannedChars));
  return estimate > (options.maxFeatures ?? MAX_FEATURES) / 2 ? null : estimate;
}

/** Parses events text: size check, JSON, then parseEventsValue. */
export function parseEventsText(text: string, options: ParseEventsOptions): LoadOutcome {
  return parseEventsHeldText({ text }, options);
}
