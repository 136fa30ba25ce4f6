// Reads, decodes and parses an events file (and optional routes file). Pure of DOM; runs in the worker.
import type { EventTable } from '@/domain/event-table';
import { BINARY_MAGIC_BYTES, detectBinaryKind } from './columnar-events-format';
import { decodeText } from './decode-text';
import { loadColumnarEvents } from './load-columnar-events';
import type { FileSource, LoadPhase, LoadRequest, LoadResponse } from './load-messages';
import type { FileError } from './load-report';
import { parseEventsBytes, parseEventsHeldText, type HeldText, type LoadOutcome } from './parse-events';
import { makeFileBuffer, RELEASED_BYTES, type HeldBytes } from './file-buffer';
import { parseRoutesText } from './parse-routes';

type TextResult = { ok: true; text: string } | { ok: false; error: FileError };
type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; error: FileError };
type HeldBytesResult = { ok: true; held: HeldBytes } | { ok: false; error: FileError };

/** What the first bytes say the file is (in a frame of its own: the caller's keeps only the holder). */
function binaryKindOf(held: HeldBytes): ReturnType<typeof detectBinaryKind> {
  return detectBinaryKind(held.bytes.subarray(0, BINARY_MAGIC_BYTES));
}

/**
 * Decodes held bytes and lets go of them, so that a 200 MB file's bytes can be collected while its text
 * is parsed. Only the holder passes through the caller's frame (V8 keeps the values of an interpreted
 * frame's registers, the arguments of past calls included, alive until the function returns).
 */
function decodeHeldText(held: HeldBytes, maxBytes: number): HeldText | { error: FileError } {
  const decoded = decodeText(held.bytes, maxBytes);
  held.bytes = RELEASED_BYTES;
  return decoded.ok ? { text: decoded.text } : { error: decoded.error };
}

/** Progress sink: phase, file, amount done and total (bytes or features; total 0 = unknown). */
export type ProgressSink = (phase: LoadPhase, fileName: string, done: number, total: number) => void;

/** Bytes read between two progress reports. */
const READ_PROGRESS_BYTES = 4 * 1024 * 1024;

/** Reads a stream into one buffer, reporting progress; stops early past `maxBytes`. */
async function readStream(
  stream: ReadableStream<Uint8Array>,
  total: number,
  maxBytes: number,
  report: (done: number) => void,
): Promise<Uint8Array | { tooLarge: number }> {
  const reader = stream.getReader();
  let buffer = new Uint8Array(
    total > 0 && total <= maxBytes ? makeFileBuffer(total) : new ArrayBuffer(1024 * 1024),
  );
  let length = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (length + value.byteLength > maxBytes) {
      await reader.cancel();
      return { tooLarge: Math.max(total, length + value.byteLength) };
    }
    if (length + value.byteLength > buffer.byteLength) {
      const grown = new Uint8Array(Math.max(buffer.byteLength * 2, length + value.byteLength));
      grown.set(buffer.subarray(0, length));
      buffer = grown;
    }
    buffer.set(value, length);
    length += value.byteLength;
    if (length - reported >= READ_PROGRESS_BYTES) {
      reported = length;
      report(length);
    }
  }
  report(length);
  return buffer.subarray(0, length);
}

async function readSource(source: FileSource, maxBytes: number, progress: ProgressSink): Promise<TextResult> {
  const read = await readSourceBytes(source, maxBytes, progress);
  return read.ok ? decodeText(read.bytes, maxBytes) : read;
}

async function readSourceBytes(
  source: FileSource,
  maxBytes: number,
  progress: ProgressSink,
): Promise<BytesResult> {
  const onRead =
    (total: number) =>
    (done: number): void =>
      progress('reading', source.fileName, done, total);
  let bytes: Uint8Array | { tooLarge: number };
  if (source.type === 'bytes') bytes = new Uint8Array(source.bytes);
  else if (source.type === 'file') {
    if (source.file.size > maxBytes) bytes = { tooLarge: source.file.size };
    else {
      try {
        bytes = await readStream(source.file.stream(), source.file.size, maxBytes, onRead(source.file.size));
      } catch {
        return { ok: false, error: { code: 'read-failed', value: source.fileName } };
      }
    }
  } else {
    try {
      const response = await fetch(source.url);
      if (!response.ok) return { ok: false, error: { code: 'read-failed', value: String(response.status) } };
      const total = Number(response.headers.get('content-length') ?? 0) || 0;
      bytes =
        response.body === null
          ? new Uint8Array(await response.arrayBuffer())
          : await readStream(response.body, total, maxBytes, onRead(total));
    } catch {
      return { ok: false, error: { code: 'read-failed', value: source.fileName } };
    }
  }
  if ('tooLarge' in bytes)
    return { ok: false, error: { code: 'file-too-large', value: `${bytes.tooLarge}/${maxBytes}` } };
  return { ok: true, bytes };
}

async function readHeldBytes(
  source: FileSource,
  maxBytes: number,
  progress: ProgressSink,
): Promise<HeldBytesResult> {
  const read = await readSourceBytes(source, maxBytes, progress);
  return read.ok ? { ok: true, held: { bytes: read.bytes } } : read;
}

/** Handles one load request end to end; never throws. `progress` hears about each phase. */
export async function loadFiles(
  request: LoadRequest,
  progress: ProgressSink = () => undefined,
): Promise<LoadResponse> {
  const { requestId } = request;
  let routes = null;
  let routeIssues: Extract<LoadResponse, { ok: true }>['routeIssues'] = [];
  if (request.routes) {
    const text = await readSource(request.routes, request.maxBytes, progress);
    if (!text.ok) return { requestId, ok: false, error: text.error, file: 'routes', report: null };
    const parsed = parseRoutesText(text.text);
    if (!parsed.ok) return { requestId, ok: false, error: parsed.error, file: 'routes', report: null };
    routes = parsed.routes;
    routeIssues = parsed.rejected;
  }
  const fileName = request.events.fileName;
  const read = await readHeldBytes(request.events, request.maxBytes, progress);
  if (!read.ok) return { requestId, ok: false, error: read.error, file: 'events', report: null };
  progress('parsing', fileName, 0, 0);
  const options = {
    fileName,
    routes,
    maxBytes: request.maxBytes,
    onProgress: (done: number, total: number) =>
      progress(done === total ? 'building' : 'validating', fileName, done, total),
  };
  // A columnar events file (Arrow IPC) is told by its first bytes, whatever its name.
  const binary = binaryKindOf(read.held);
  let outcome: LoadOutcome;
  if (binary !== null) outcome = await loadColumnarEvents(binary, read.held.bytes, options);
  else {
    // GeoJSON is scanned from its bytes; only when the scan declines is it decoded for JSON.parse.
    const scanned = parseEventsBytes(read.held, options);
    if (scanned !== null && scanned !== 'scan-declined') outcome = scanned;
    else {
      const held = decodeHeldText(read.held, request.maxBytes);
      if ('error' in held) return { requestId, ok: false, error: held.error, file: 'events', report: null };
      held.scanDeclined = scanned !== null;
      outcome = parseEventsHeldText(held, options);
    }
  }
  if (!outcome.ok)
    return { requestId, ok: false, error: outcome.error, file: 'events', report: outcome.report };
  return { requestId, ok: true, table: outcome.table, report: outcome.report, routeIssues };
}

/** The typed-array buffers of a table, to transfer instead of copy. */
export function tableTransferList(table: EventTable): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const value of Object.values(table)) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  }
  return [...buffers];
}
