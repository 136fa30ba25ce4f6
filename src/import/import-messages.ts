// The messages between the main thread and the import worker (structured-clone friendly: Blobs, plain
// objects and the table's typed arrays).
import type { EventTable } from '@/domain/event-table';
import type { LoadProgress } from '@/data/load-messages';
import type { FileError, LoadIssue, LoadReport } from '@/data/load-report';
import type { RouteIssueCode } from '@/data/parse-routes';
import type { ConversionNotes } from './import-result';
import type { ImportMapping } from './import-mapping';
import type { PreviewResult } from './preview-file';
import type { SourceKind } from './source-kind';

export interface PreviewRequest {
  readonly type: 'preview';
  readonly requestId: number;
  readonly file: Blob;
  readonly fileName: string;
}

export interface ConvertRequest {
  readonly type: 'convert';
  readonly requestId: number;
  readonly file: Blob;
  readonly fileName: string;
  readonly kind: SourceKind;
  readonly mapping: ImportMapping;
  /** A routes file chosen beside the events (its stages also place rows by name). */
  readonly routes: Blob | null;
  readonly maxBytes: number;
}

export type ImportRequest = PreviewRequest | ConvertRequest;

export interface PreviewResponse {
  readonly type: 'preview';
  readonly requestId: number;
  readonly result: PreviewResult;
}

export type ConvertResponse =
  | {
      readonly type: 'convert';
      readonly requestId: number;
      readonly ok: true;
      readonly table: EventTable;
      readonly report: LoadReport;
      readonly routeIssues: readonly LoadIssue<RouteIssueCode>[];
      readonly notes: ConversionNotes;
    }
  | {
      readonly type: 'convert';
      readonly requestId: number;
      readonly ok: false;
      readonly error: FileError;
      readonly file: 'events' | 'routes';
      readonly report: LoadReport | null;
      readonly notes: ConversionNotes | null;
    };

/** Posted while a conversion runs, in the loader's progress shape (the header shows it). */
export type ImportProgress = LoadProgress;

export type ImportResponse = PreviewResponse | ConvertResponse | ImportProgress;
