// The import worker's work, without the worker: a preview of a file's head, or a whole conversion and
// validation. Reads Blobs (the person's files, never uploaded); never throws.
import { decodeText } from '@/data/decode-text';
import type { FileError } from '@/data/load-report';
import { parseRoutesText } from '@/data/parse-routes';
import { importFile } from './convert-file';
import type {
  ConvertRequest,
  ConvertResponse,
  ImportProgress,
  PreviewRequest,
  PreviewResponse,
} from './import-messages';
import { decodeHead, PREVIEW_HEAD_BYTES, previewText, previewXlsx } from './preview-file';
import { detectSourceKind } from './source-kind';

export async function runPreview(request: PreviewRequest): Promise<PreviewResponse> {
  const { file, requestId } = request;
  const complete = file.size <= PREVIEW_HEAD_BYTES;
  const head = new Uint8Array(await file.slice(0, PREVIEW_HEAD_BYTES).arrayBuffer());
  const kind = detectSourceKind(request.fileName, head);
  if (kind === 'xlsx')
    return { type: 'preview', requestId, result: await previewXlsx(await file.arrayBuffer()) };
  const text = decodeHead(head, complete);
  if (text === null)
    return { type: 'preview', requestId, result: { ok: false, code: 'not-utf8', value: '' } };
  return { type: 'preview', requestId, result: previewText(kind, text, complete) };
}

export async function runConvert(
  request: ConvertRequest,
  postProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<ConvertResponse> {
  const { requestId, fileName } = request;
  const failed = (file: 'events' | 'routes', error: FileError): ConvertResponse => ({
    type: 'convert',
    requestId,
    ok: false,
    error,
    file,
    report: null,
    notes: null,
  });
  let routes = null;
  let routeIssues: Extract<ConvertResponse, { ok: true }>['routeIssues'] = [];
  if (request.routes) {
    const text = decodeText(new Uint8Array(await request.routes.arrayBuffer()), request.maxBytes);
    if (!text.ok) return failed('routes', text.error);
    const parsed = parseRoutesText(text.text);
    if (!parsed.ok) return failed('routes', parsed.error);
    routes = parsed.routes;
    routeIssues = parsed.rejected;
  }
  const outcome = await importFile({
    kind: request.kind,
    bytes: await request.file.arrayBuffer(),
    fileName: request.fileName,
    mapping: request.mapping,
    routes,
    maxBytes: request.maxBytes,
    onProgress: (phase, done, total) =>
      postProgress({ requestId, type: 'progress', phase, fileName, done, total }),
  });
  if (!outcome.ok) return failed('events', outcome.error);
  const { load, notes } = outcome;
  if (!load.ok)
    return {
      type: 'convert',
      requestId,
      ok: false,
      error: load.error,
      file: 'events',
      report: load.report,
      notes,
    };
  return { type: 'convert', requestId, ok: true, table: load.table, report: load.report, routeIssues, notes };
}
