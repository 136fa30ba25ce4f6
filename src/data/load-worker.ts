// Web Worker entry: parses files off the main thread, posts progress, and transfers the table's buffers.
import type { LoadPhase, LoadRequest, WorkerMessage } from './load-messages';
import { loadFiles, tableTransferList } from './load-files';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LoadRequest>) => void) | null;
  postMessage(message: WorkerMessage, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** Least time between two progress messages of the same phase, ms (the page repaints at most that often). */
const PROGRESS_INTERVAL_MS = 100;

scope.onmessage = (event) => {
  const { requestId } = event.data;
  let lastPhase: LoadPhase | null = null;
  let lastMs = 0;
  const progress = (phase: LoadPhase, fileName: string, done: number, total: number): void => {
    const now = performance.now();
    if (phase === lastPhase && now - lastMs < PROGRESS_INTERVAL_MS && done !== total) return;
    lastPhase = phase;
    lastMs = now;
    scope.postMessage({ requestId, type: 'progress', phase, fileName, done, total }, []);
  };
  void loadFiles(event.data, progress).then(
    (response) => scope.postMessage(response, response.ok ? tableTransferList(response.table) : []),
    () =>
      scope.postMessage(
        { requestId, ok: false, error: { code: 'read-failed', value: '' }, file: 'events', report: null },
        [],
      ),
  );
};
