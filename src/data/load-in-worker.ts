// Main-thread side of the loader: posts a request to the worker, relays its progress, and resolves with
// its answer. Cancel terminates the worker (a synchronous JSON.parse cannot be interrupted any other way);
// the next load starts a fresh one.
import { DEFAULT_MAX_FILE_BYTES } from './decode-text';
import type { FileSource, LoadProgress, LoadResponse, WorkerMessage } from './load-messages';

interface Pending {
  readonly resolve: (response: LoadResponse) => void;
  readonly onProgress: ((progress: LoadProgress) => void) | undefined;
  readonly fileName: string;
}

let worker: Worker | null = null;
let nextRequestId = 1;
const pending = new Map<number, Pending>();

function failAll(code: 'read-failed' | 'cancelled', value: string): void {
  for (const [requestId, request] of pending) {
    request.resolve({ requestId, ok: false, error: { code, value }, file: 'events', report: null });
  }
  pending.clear();
}

function getWorker(): Worker {
  if (worker === null) {
    const created = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      const request = pending.get(message.requestId);
      if (message.type === 'progress') {
        request?.onProgress?.(message);
        return;
      }
      pending.delete(message.requestId);
      request?.resolve(message);
    };
    created.onerror = () => failAll('read-failed', 'worker');
    worker = created;
  }
  return worker;
}

export interface LoadOptions {
  readonly maxBytes?: number;
  readonly onProgress?: (progress: LoadProgress) => void;
}

/** Loads events (and optionally routes) in the worker. Bytes are transferred, files read there. */
export function loadInWorker(
  events: FileSource,
  routes: FileSource | null,
  options: LoadOptions = {},
): Promise<LoadResponse> {
  const requestId = nextRequestId++;
  const transfer: Transferable[] = [];
  if (events.type === 'bytes') transfer.push(events.bytes);
  if (routes?.type === 'bytes') transfer.push(routes.bytes);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  return new Promise((resolve) => {
    pending.set(requestId, { resolve, onProgress: options.onProgress, fileName: events.fileName });
    getWorker().postMessage({ requestId, events, routes, maxBytes }, transfer);
  });
}

/** Stops every load under way: each resolves with a 'cancelled' error. True when one was running. */
export function cancelLoadsInWorker(): boolean {
  if (pending.size === 0) return false;
  worker?.terminate();
  worker = null;
  failAll('cancelled', '');
  return true;
}
