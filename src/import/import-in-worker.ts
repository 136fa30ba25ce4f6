// Main-thread side of the import worker: one worker, requests matched to answers by id.
import { DEFAULT_MAX_FILE_BYTES } from '@/data/decode-text';
import type { ConvertResponse, ImportProgress, ImportRequest, ImportResponse } from './import-messages';
import type { ImportMapping } from './import-mapping';
import type { PreviewResult } from './preview-file';
import type { SourceKind } from './source-kind';

let worker: Worker | null = null;
let nextRequestId = 1;
const pending = new Map<number, (response: ImportResponse) => void>();
const progressListeners = new Map<number, (progress: ImportProgress) => void>();

function failAll(code: 'read-failed' | 'cancelled' = 'read-failed'): void {
  for (const [requestId, resolve] of pending) {
    resolve({
      type: 'convert',
      requestId,
      ok: false,
      error: { code, value: code === 'cancelled' ? '' : 'worker' },
      file: 'events',
      report: null,
      notes: null,
    });
  }
  pending.clear();
  progressListeners.clear();
}

function getWorker(): Worker {
  if (worker === null) {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.type === 'progress') {
        progressListeners.get(message.requestId)?.(message);
        return;
      }
      const resolve = pending.get(message.requestId);
      pending.delete(message.requestId);
      progressListeners.delete(message.requestId);
      resolve?.(message);
    };
    worker.onerror = () => failAll();
  }
  return worker;
}

function post(request: ImportRequest): Promise<ImportResponse> {
  return new Promise((resolve) => {
    pending.set(request.requestId, resolve);
    getWorker().postMessage(request);
  });
}

/** The first rows of a file (only its head is read, except for workbooks). */
export async function previewInWorker(file: Blob, fileName: string): Promise<PreviewResult> {
  const response = await post({ type: 'preview', requestId: nextRequestId++, file, fileName });
  return response.type === 'preview' ? response.result : { ok: false, code: 'unreadable', value: 'worker' };
}

/** Converts and validates a whole file with its mapping; the table comes back as transferred buffers. */
export async function convertInWorker(
  file: Blob,
  fileName: string,
  kind: SourceKind,
  mapping: ImportMapping,
  routes: Blob | null,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ConvertResponse> {
  const requestId = nextRequestId++;
  if (onProgress) progressListeners.set(requestId, onProgress);
  const response = await post({
    type: 'convert',
    requestId,
    file,
    fileName,
    kind,
    mapping,
    routes,
    maxBytes: DEFAULT_MAX_FILE_BYTES,
  });
  return response.type === 'convert'
    ? response
    : {
        type: 'convert',
        requestId: response.requestId,
        ok: false,
        error: { code: 'read-failed', value: 'worker' },
        file: 'events',
        report: null,
        notes: null,
      };
}

/** Stops the import under way (the worker is ended; a new one starts on the next request). */
export function cancelImportsInWorker(): void {
  if (worker === null) return;
  worker.terminate();
  worker = null;
  failAll('cancelled');
}
