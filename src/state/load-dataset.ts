// Actions that load files through the worker and put the result (or the error) into the store.
import { loadInWorker } from '@/data/load-in-worker';
import type { FileSource } from '@/data/load-messages';
import { useAppStore } from './store';

/** Loads an events file (and optional routes file); on failure the previous dataset stays loaded. */
export async function loadDataset(events: FileSource, routes: FileSource | null): Promise<void> {
  const store = useAppStore.getState();
  store.setLoading(events.fileName);
  const response = await loadInWorker(events, routes);
  if (response.ok) useAppStore.getState().setLoaded(response.table, response.report, response.routeIssues);
  else useAppStore.getState().setLoadError(response.file, response.error, response.report);
}
