// Reads, decodes and parses an events file (and optional routes file). Pure of DOM; runs in the worker.
import type { EventTable } from '@/domain/event-table';
import { decodeText } from './decode-text';
import type { FileSource, LoadRequest, LoadResponse } from './load-messages';
import type { FileError } from './load-report';
import { parseEventsText } from './parse-events';
import { parseRoutesText } from './parse-routes';

type TextResult = { ok: true; text: string } | { ok: false; error: FileError };

async function readSource(source: FileSource, maxBytes: number): Promise<TextResult> {
  let bytes: ArrayBuffer;
  if (source.type === 'bytes') bytes = source.bytes;
  else {
    try {
      const response = await fetch(source.url);
      if (!response.ok) return { ok: false, error: { code: 'read-failed', value: String(response.status) } };
      bytes = await response.arrayBuffer();
    } catch {
      return { ok: false, error: { code: 'read-failed', value: source.fileName } };
    }
  }
  return decodeText(new Uint8Array(bytes), maxBytes);
}

/** Handles one load request end to end; never throws. */
export async function loadFiles(request: LoadRequest): Promise<LoadResponse> {
  const { requestId } = request;
  let routes = null;
  let routeIssues: Extract<LoadResponse, { ok: true }>['routeIssues'] = [];
  if (request.routes) {
    const text = await readSource(request.routes, request.maxBytes);
    if (!text.ok) return { requestId, ok: false, error: text.error, file: 'routes', report: null };
    const parsed = parseRoutesText(text.text);
    if (!parsed.ok) return { requestId, ok: false, error: parsed.error, file: 'routes', report: null };
    routes = parsed.routes;
    routeIssues = parsed.rejected;
  }
  const text = await readSource(request.events, request.maxBytes);
  if (!text.ok) return { requestId, ok: false, error: text.error, file: 'events', report: null };
  const outcome = parseEventsText(text.text, {
    fileName: request.events.fileName,
    routes,
    maxBytes: request.maxBytes,
  });
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
