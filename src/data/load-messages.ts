// The messages between the main thread and the loading worker (structured-clone friendly).
import type { EventCube } from '@/domain/event-cube';
import type { EventTable } from '@/domain/event-table';
import type { FileError, LoadIssue, LoadReport } from './load-report';
import type { RouteIssueCode } from './parse-routes';

/**
 * Where a file comes from: a same-origin URL, bytes already read, or a picked File (read in the worker,
 * with progress). Never uploaded.
 */
export type FileSource =
  | { readonly type: 'url'; readonly url: string; readonly fileName: string }
  | { readonly type: 'bytes'; readonly bytes: ArrayBuffer; readonly fileName: string }
  | { readonly type: 'file'; readonly file: Blob; readonly fileName: string };

/** What the worker is doing: reading bytes, parsing JSON, checking features, building the table. */
export type LoadPhase = 'reading' | 'parsing' | 'validating' | 'building';

/** Posted by the worker while it works; `done`/`total` are bytes (reading) or features (validating). */
export interface LoadProgress {
  readonly requestId: number;
  readonly type: 'progress';
  readonly phase: LoadPhase;
  readonly fileName: string;
  readonly done: number;
  /** 0 when unknown (e.g. a URL without Content-Length). */
  readonly total: number;
}

export interface LoadRequest {
  readonly requestId: number;
  readonly events: FileSource;
  readonly routes: FileSource | null;
  readonly maxBytes: number;
}

export type LoadResponse =
  | {
      readonly requestId: number;
      readonly type?: 'response';
      readonly ok: true;
      readonly table: EventTable;
      readonly report: LoadReport;
      readonly routeIssues: readonly LoadIssue<RouteIssueCode>[];
      /**
       * The table's month cube, built in the worker so the main thread does not (its `table` is this
       * response's table: structured clone keeps the reference). Absent when it was not built.
       */
      readonly cube?: EventCube;
    }
  | {
      readonly requestId: number;
      readonly type?: 'response';
      readonly ok: false;
      readonly error: FileError;
      /** Which file failed. */
      readonly file: 'events' | 'routes';
      readonly report: LoadReport | null;
    };

/** Anything the worker posts. */
export type WorkerMessage = LoadResponse | LoadProgress;
