// Web Worker entry: parses files off the main thread and transfers the table's buffers back.
import type { LoadRequest, LoadResponse } from './load-messages';
import { loadFiles, tableTransferList } from './load-files';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LoadRequest>) => void) | null;
  postMessage(message: LoadResponse, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void loadFiles(event.data).then(
    (response) => scope.postMessage(response, response.ok ? tableTransferList(response.table) : []),
    () =>
      scope.postMessage(
        {
          requestId: event.data.requestId,
          ok: false,
          error: { code: 'read-failed', value: '' },
          file: 'events',
          report: null,
        },
        [],
      ),
  );
};
