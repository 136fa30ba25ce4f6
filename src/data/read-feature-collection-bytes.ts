// A FeatureCollection loaded from its UTF-8 bytes without JSON.parse of the whole file: the text around
// the `features` array (the "shell": type, metadata, anything else) is parsed on its own, and the array's
// elements are scanned in batches into columns (scan-feature-text.ts) and validated column-wise, each
// element that is not of the usual shape parsed alone and validated as a feature object. The table and
// report are those of JSON.parse and parseEventsValue; whenever that cannot be promised (text that is not
// JSON, a `features` member that is not the one JSON.parse keeps, nesting the scan does not follow), this
// returns null and the caller takes the JSON.parse path, which also gives the located error.
import { isPlainObject, readOwn } from '@/lib/safe-record';
import { textOfBytes } from './decode-text';
import { findDeepNesting } from './find-deep-nesting';
import { giveBackBuffer, RELEASED_BYTES, type HeldBytes } from './file-buffer';
import type { EventFeatureStream, LoadOutcome, ParseEventsOptions } from './parse-events';
import {
  FeatureTextScanner,
  findFeaturesArrayBytes,
  SCAN_ABANDONED,
  type FeatureTextBatch,
} from './scan-feature-text';
import { makeColumnarRowValidator } from './validate-columnar-rows';
import { validateEventFeature, type ValidationContext } from './validate-event-feature';

/** Elements scanned and validated per batch (about 1 MB of columns). */
const BATCH_ELEMENTS = 8192;

/** The incremental validation of parse-events.ts, passed in (it imports this module). */
export type StartEventFeatures = (
  root: Record<string, unknown>,
  options: ParseEventsOptions,
  expectedCount: number,
) => EventFeatureStream;

/**
 * A string no file can hold where the array was: it carries a fresh random part, so the shell's parse
 * shows whether the array scanned is the `features` member that JSON.parse would keep (the last one).
 */
function makeSentinel(): string {
  const random = new Uint32Array(4);
  crypto.getRandomValues(random);
  return `lintas-features-${Array.from(random, (n) => n.toString(16)).join('-')}`;
}

/** The shell parsed with the sentinel for the array bytes[open, close], or null. */
function parseShell(bytes: Uint8Array, open: number, close: number, sentinel: string): unknown {
  const shell = `${textOfBytes(bytes, 0, open)}${JSON.stringify(sentinel)}${textOfBytes(bytes, close + 1, bytes.length)}`;
  if (findDeepNesting(shell) >= 0) return null;
  try {
    return JSON.parse(shell) as unknown;
  } catch {
    return null;
  }
}

/** Validates one scanned batch (feature indexes from the stream's count) into the stream. */
function addBatch(stream: EventFeatureStream, bytes: Uint8Array, batch: FeatureTextBatch): void {
  let tryRow: ((row: number, index: number) => boolean) | null = null;
  let tryContext: ValidationContext | null = null;
  const first = stream.count;
  const featureAt = (k: number): unknown =>
    JSON.parse(textOfBytes(bytes, batch.from[k] ?? 0, batch.to[k] ?? 0)) as unknown;
  stream.add({
    length: batch.length,
    featureAt,
    validateAt: (k, ctx) => {
      if (batch.fast[k] === 1) {
        if (tryContext !== ctx) {
          tryRow = makeColumnarRowValidator(batch.columns, ctx);
          tryContext = ctx;
        }
        if (tryRow !== null && tryRow(k, first + k)) return;
      }
      validateEventFeature(featureAt(k), first + k, ctx);
    },
  });
}

/** The last ']' of the bytes, or -1. */
function lastCloseBracket(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= 0; i--) if (bytes[i] === 0x5d) return i;
  return -1;
}

/**
 * Loads the events of a FeatureCollection from well-formed UTF-8 bytes without a BOM, or null when the
 * JSON.parse path must decide (the bytes are then still held). The size and feature-count checks are the
 * caller's; `estimate` is about how many features there are (sizes the table and shows progress). Once
 * every element is scanned, `held` is released and its buffer given back (file-buffer.ts) before the
 * table is finished, so a 200 MB file's bytes are not held while it is sorted.
 */
export function readFeatureCollectionBytes(
  held: HeldBytes,
  options: ParseEventsOptions,
  startEventFeatures: StartEventFeatures,
  estimate: number,
): LoadOutcome | null {
  // Only the holder passes through this frame: V8 keeps the values of an interpreted frame's registers
  // (the arguments of past calls included) alive until the function returns.
  const stream = scanFeatureCollection(held, options, startEventFeatures, estimate);
  if (stream === null) return null;
  giveBackBuffer(held.bytes.buffer);
  held.bytes = RELEASED_BYTES;
  return stream.finish();
}

/** Every element of the features array into a stream, or null when the JSON.parse path must decide. */
function scanFeatureCollection(
  held: HeldBytes,
  options: ParseEventsOptions,
  startEventFeatures: StartEventFeatures,
  estimate: number,
): EventFeatureStream | null {
  const bytes = held.bytes;
  const start = findFeaturesArrayBytes(bytes);
  if (start < 0) return null;
  // The array's end is guessed as the last ']' (the shell must parse with it) and checked once the
  // elements are scanned.
  const close = lastCloseBracket(bytes);
  if (close < start) return null;
  const sentinel = makeSentinel();
  const root = parseShell(bytes, start - 1, close, sentinel);
  if (!isPlainObject(root) || readOwn(root, 'type') !== 'FeatureCollection') return null;
  if (readOwn(root, 'features') !== sentinel) return null;
  const stream = startEventFeatures(root, options, estimate);
  const scanner = new FeatureTextScanner(bytes, start, BATCH_ELEMENTS);
  while (!scanner.done) {
    const length = scanner.scanBatch();
    if (length === SCAN_ABANDONED) return null;
    if (length > 0) addBatch(stream, bytes, scanner.batch(length));
  }
  return scanner.end === close + 1 ? stream : null;
}

const encoder = new TextEncoder();

/** A lone surrogate (which UTF-8 cannot hold). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text holds no lone surrogate (String.prototype.isWellFormed where the engine has it). */
function isWellFormedText(text: string): boolean {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return native !== undefined ? native.call(text) : !LONE_SURROGATE.test(text);
}

/** The text's UTF-8 bytes in a holder (encodeInto first: one pass when the text is ASCII). */
function encodeHeld(text: string): HeldBytes {
  const bytes = new Uint8Array(text.length);
  const ascii = encoder.encodeInto(text, bytes);
  return { bytes: ascii.read < text.length ? encoder.encode(text) : bytes };
}

/**
 * readFeatureCollectionBytes for text (without a BOM): the text is encoded to UTF-8 first. Text with a
 * lone surrogate (not UTF-8) takes the JSON.parse path.
 */
export function readFeatureCollectionText(
  text: string,
  options: ParseEventsOptions,
  startEventFeatures: StartEventFeatures,
  estimate = 0,
): LoadOutcome | null {
  if (!isWellFormedText(text)) return null;
  return readFeatureCollectionBytes(encodeHeld(text), options, startEventFeatures, estimate);
}
