// Web Worker entry: parses files off the main thread, posts progress, builds the month cube, and transfers
// the buffers of both.
import { buildEventCube, type EventCube } from '@/domain/event-cube';
import type { LoadPhase, LoadRequest, WorkerMessage } from './load-messages';
import { loadFiles } from './load-files';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LoadRequest>) => void) | null;
  postMessage(message: WorkerMessage, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** Least time between two progress messages of the same phase, ms (the page repaints at most that often). */
const PROGRESS_INTERVAL_MS = 100;

/** The buffers of every typed array the objects hold, each once (a buffer listed twice cannot be sent). */
function transferListOf(objects: readonly object[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const object of objects)
    for (const value of Object.values(object))
      if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  return [...buffers];
}

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
    (response) => {
      if (!response.ok) {
        scope.postMessage(response, []);
        return;
      }
      // The cube is derived here too (about 50 ms at 100k events), off the main thread; its columns
      // travel with the table's, transferred, not copied. Without it the main thread builds it on use.
      let cube: EventCube | null;
      try {
        cube = buildEventCube(response.table);
      } catch {
        cube = null;
      }
      scope.postMessage(
        cube === null ? response : { ...response, cube },
        transferListOf(cube === null ? [response.table] : [response.table, cube]),
      );
    },
    () =>
      scope.postMessage(
        { requestId, ok: false, error: { code: 'read-failed', value: '' }, file: 'events', report: null },
        [],
      ),
  );
};
