// Actions that load files through the worker and put the result (or the error) into the store, with
// progress while it runs and a cancel that keeps the previous dataset.
import { cancelLoadsInWorker, loadInWorker } from '@/data/load-in-worker';
import type { FileSource } from '@/data/load-messages';
import { useAppStore } from './store';

/** Only the latest load may change the store (an earlier one finishing late is ignored). */
let latestLoad = 0;

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
  const store = useAppStore.getState();
  if (response.ok) store.setLoaded(response.table, response.report, response.routeIssues);
  else if (response.error.code === 'cancelled') store.setLoadCancelled();
  else store.setLoadError(response.file, response.error, response.report);
}

/** Cancels the load under way (the worker is stopped); the data on screen stay as they were. */
export function cancelLoad(): void {
  cancelLoadsInWorker();
}
