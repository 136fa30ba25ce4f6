// Main-thread side of the loader: posts a request to the worker and resolves with its answer.
import type { FileSource, LoadResponse } from './load-messages';
import { DEFAULT_MAX_FILE_BYTES } from './decode-text';

let worker: Worker | null = null;
let nextRequestId = 1;
const pending = new Map<number, (response: LoadResponse) => void>();

function getWorker(): Worker {
  if (worker === null) {
    worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LoadResponse>) => {
      const resolve = pending.get(event.data.requestId);
      pending.delete(event.data.requestId);
      resolve?.(event.data);
    };
    worker.onerror = () => {
      for (const [requestId, resolve] of pending) {
        resolve({
          requestId,
          ok: false,
          error: { code: 'read-failed', value: 'worker' },
          file: 'events',
          report: null,
        });
      }
      pending.clear();
    };
  }
  return worker;
}

/** Loads events (and optionally routes) in the worker. Bytes are transferred, never uploaded. */
export function loadInWorker(
  events: FileSource,
  routes: FileSource | null,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<LoadResponse> {
  const requestId = nextRequestId++;
  const transfer: Transferable[] = [];
  if (events.type === 'bytes') transfer.push(events.bytes);
  if (routes?.type === 'bytes') transfer.push(routes.bytes);
  return new Promise((resolve) => {
    pending.set(requestId, resolve);
    getWorker().postMessage({ requestId, events, routes, maxBytes }, transfer);
  });
}
