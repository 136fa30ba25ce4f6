// Dataset slice: the loaded table reference, its load report, and load status. Derived data lives elsewhere.
import type { StateCreator } from 'zustand';
import { fitMeasure } from '@/domain/dataset-measures';
import type { EventTable } from '@/domain/event-table';
import type { LoadProgress } from '@/data/load-messages';
import type { FileError, LoadIssue, LoadReport } from '@/data/load-report';
import type { RouteIssueCode } from '@/data/parse-routes';
import type { AppState } from './app-state';

export type DatasetStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface DatasetSlice {
  readonly status: DatasetStatus;
  readonly loadingName: string;
  /** The worker's last progress message while loading; null otherwise. */
  readonly loadProgress: LoadProgress | null;
  readonly table: EventTable | null;
  readonly report: LoadReport | null;
  readonly routeIssues: readonly LoadIssue<RouteIssueCode>[];
  /** The last failed load; the previous table (if any) stays loaded. */
  readonly loadError: {
    readonly file: 'events' | 'routes';
    readonly error: FileError;
    readonly report: LoadReport | null;
  } | null;
  setLoading: (fileName: string) => void;
  setLoadProgress: (progress: LoadProgress) => void;
  /** The load was cancelled: back to the previous state, nothing changed. */
  setLoadCancelled: () => void;
  setLoaded: (
    table: EventTable,
    report: LoadReport,
    routeIssues: readonly LoadIssue<RouteIssueCode>[],
  ) => void;
  setLoadError: (file: 'events' | 'routes', error: FileError, report: LoadReport | null) => void;
}

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set) => ({
  status: 'idle',
  loadingName: '',
  loadProgress: null,
  table: null,
  report: null,
  routeIssues: [],
  loadError: null,
  setLoading: (fileName) => set({ status: 'loading', loadingName: fileName, loadProgress: null }),
  setLoadProgress: (progress) => set({ loadProgress: progress }),
  setLoadCancelled: () =>
    set((state) => ({
      status: state.table ? 'ready' : state.loadError ? 'error' : 'idle',
      loadProgress: null,
    })),
  setLoaded: (table, report, routeIssues) =>
    set((state) => ({
      status: 'ready',
      table,
      report,
      routeIssues,
      loadError: null,
      loadProgress: null,
      // A measure the table has nothing in (people of a mortality record set) becomes one it fills.
      measure: fitMeasure(table, state.measure),
    })),
  setLoadError: (file, error, report) =>
    set((state) => ({
      status: state.table ? 'ready' : 'error',
      loadError: { file, error, report },
      loadProgress: null,
    })),
});
