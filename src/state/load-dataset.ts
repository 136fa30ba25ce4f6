// Actions that load files through the worker and put the result (or the error) into the store, with
// progress while it runs and a cancel that keeps the previous dataset. The worker sends the table with
// its month cube; the first window aggregates are computed in a task of their own before the store
// changes, so the render that shows the new data does not also pay for them (no task of it is long).
import { cancelLoadsInWorker, loadInWorker } from '@/data/load-in-worker';
import type { FileSource } from '@/data/load-messages';
import { primeCube, selectAggregates } from './select-aggregates';
import { selectEffectiveFilters } from './select-effective-filters';
import { useAppStore } from './store';

/** Only the latest load may change the store (an earlier one finishing late is ignored). */
let latestLoad = 0;
/** The load whose answer has arrived and is being prepared on the main thread, else 0. */
let preparingLoad = 0;

/** Lets the browser run other tasks (input, paint) before the next step. */
const yieldToMain = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Loads an events file (and optional routes file); on failure or cancel the previous dataset stays. */
export async function loadDataset(events: FileSource, routes: FileSource | null): Promise<void> {
  const load = ++latestLoad;
  useAppStore.getState().setLoading(events.fileName);
  const response = await loadInWorker(events, routes, {
    onProgress: (progress) => {
      if (load === latestLoad) useAppStore.getState().setLoadProgress(progress);
    },
  });
  if (load !== latestLoad) return;
  if (!response.ok) {
    const store = useAppStore.getState();
    if (response.error.code === 'cancelled') store.setLoadCancelled();
    else store.setLoadError(response.file, response.error, response.report);
    return;
  }
  preparingLoad = load;
  try {
    if (response.cube !== undefined) primeCube(response.table, response.cube);
    await yieldToMain();
    if (load !== latestLoad) return;
    // The aggregates the header, map and charts read first (same filters object: the memo hits).
    const state = useAppStore.getState();
    selectAggregates(response.table, selectEffectiveFilters(state.filters, state.selection));
    await yieldToMain();
    if (load !== latestLoad) return;
  } finally {
    if (preparingLoad === load) preparingLoad = 0;
  }
  useAppStore.getState().setLoaded(response.table, response.report, response.routeIssues);
}

/** Cancels the load under way (the worker is stopped); the data on screen stay as they were. */
export function cancelLoad(): void {
  if (cancelLoadsInWorker()) return;
  // The worker has answered and the answer is being prepared: drop it.
  if (preparingLoad !== 0 && preparingLoad === latestLoad) {
    latestLoad++;
    preparingLoad = 0;
    useAppStore.getState().setLoadCancelled();
  }
}
