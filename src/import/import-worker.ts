// Web Worker entry of the import: previews and converts files off the main thread, and transfers the
// table's buffers back.
import { tableTransferList } from '@/data/load-files';
import type { ImportRequest, ImportResponse } from './import-messages';
import { runConvert, runPreview } from './run-import-request';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'preview') {
    void runPreview(request).then(
      (response) => scope.postMessage(response, []),
      () =>
        scope.postMessage(
          {
            type: 'preview',
            requestId: request.requestId,
            result: { ok: false, code: 'unreadable', value: '' },
          },
          [],
        ),
    );
    return;
  }
  void runConvert(request, (progress) => scope.postMessage(progress, [])).then(
    (response) => scope.postMessage(response, response.ok ? tableTransferList(response.table) : []),
    () =>
      scope.postMessage(
        {
          type: 'convert',
          requestId: request.requestId,
          ok: false,
          error: { code: 'read-failed', value: '' },
          file: 'events',
          report: null,
          notes: null,
        },
        [],
      ),
  );
};
