// The messages between the main thread and the loading worker (structured-clone friendly).
import type { EventTable } from '@/domain/event-table';
import type { FileError, LoadReport } from './load-report';
import type { RouteIssueCode } from './parse-routes';
import type { LoadIssue } from './load-report';

/** Where a file comes from: a same-origin URL, or bytes the person picked (never uploaded). */
export type FileSource =
  | { readonly type: 'url'; readonly url: string; readonly fileName: string }
  | { readonly type: 'bytes'; readonly bytes: ArrayBuffer; readonly fileName: string };

export interface LoadRequest {
  readonly requestId: number;
  readonly events: FileSource;
  readonly routes: FileSource | null;
  readonly maxBytes: number;
}

export type LoadResponse =
  | {
      readonly requestId: number;
      readonly ok: true;
      readonly table: EventTable;
      readonly report: LoadReport;
      readonly routeIssues: readonly LoadIssue<RouteIssueCode>[];
    }
  | {
      readonly requestId: number;
      readonly ok: false;
      readonly error: FileError;
      /** Which file failed. */
      readonly file: 'events' | 'routes';
      readonly report: LoadReport | null;
    };
